// "Stand der Prüfung" of a program: when its facts were last checked at the source, as the API words it in the
// page's language; a check older than six months before the as-of date is flagged (issue 13).

/** A note for the program's card, or null when the answer has no verification. */
export function verificationNote(p) {
  const v = p.verification;
  if (!v) return null;
  const note = document.createElement('p');
  note.className = v.outdated ? 'verification outdated' : 'verification';
  if (v.outdated) {
    const icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = '⚠ ';
    note.append(icon);
  }
  note.append(v.text);
  return note;
}
