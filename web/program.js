// One program of the result: status badge, criteria table, open questions answered in place, obligations, funding,
// legal basis and sources. An answer fills the form (or state.extra) and asks again through the runAdvice it is given.
import { fieldFor, inputId } from './fields.js';
import { verificationNote } from './verification.js';
import { $, el } from './dom.js';
import { fmtDate, fmtEur, fmtNumber, state, t } from './page.js';
import { parseValue, renderField, setInput } from './form.js';
import { markInvalid } from './errors.js';

export function sourceLink(url, what) {
  if (!url) return null;
  let host = url;
  try { host = new URL(url).host.replace(/^www\./, ''); } catch { /* keep the text */ }
  return el('a', { href: url, class: 'source', 'aria-label': what ? t('program.sourceOf', { what }) + ': ' + host : undefined }, `${t('program.source')}: ${host}`);
}

export function basis(legalBasis, source, what) {
  return el('p', { class: 'basis' },
    legalBasis ? el('span', {}, `${t('program.legal')}: ${legalBasis}`) : null,
    legalBasis && source ? ' · ' : null,
    sourceLink(source, what));
}

const STATUS_ICON = { ELIGIBLE: '✓', NEEDS_INFO: '?', NOT_ELIGIBLE: '✕', MET: '✓', NOT_MET: '✕', UNKNOWN: '?' };

export function badge(kind, status) {
  const key = kind === 'program' ? `status.${status}` : `crit.${status}`;
  return el('span', { class: `badge s-${status}` }, el('span', { 'aria-hidden': 'true', text: STATUS_ICON[status] + ' ' }), t(key));
}

/** The program's card; runAdvice({focus}) asks again after an open question is answered (app.js hands it in). */
export function renderProgram(p, req, runAdvice) {
  const hid = `prog-${p.id}`;
  const art = el('article', { class: `program s-${p.status}`, 'aria-labelledby': hid });
  art.append(el('h4', { id: hid }, p.name, ' ', badge('program', p.status)));
  const meta = el('dl', { class: 'meta' });
  meta.append(el('dt', { text: t('program.level') }), el('dd', { text: t(`level.${p.level}`) }));
  if (p.availability) {
    const a = p.availability;
    const span = a.until ? t('program.fromUntil', { from: fmtDate(a.from), until: fmtDate(a.until) }) : a.from ? t('program.from', { from: fmtDate(a.from) }) : '';
    meta.append(el('dt', { text: t('program.availability') }), el('dd', { text: `${t(`avail.${a.status}`)}${span ? ' (' + span + ')' : ''}` }));
  }
  if (p.validFrom) {
    const span = p.validUntil ? t('program.fromUntil', { from: fmtDate(p.validFrom), until: fmtDate(p.validUntil) }) : t('program.from', { from: fmtDate(p.validFrom) });
    meta.append(el('dt', { text: t('program.validity') }), el('dd', { text: span }));
  }
  art.append(meta);
  const checked = verificationNote(p);
  if (checked) art.append(checked);
  if (p.summary) art.append(el('p', { class: 'summary', text: p.summary }));

  if (p.criteria?.length) {
    const table = el('table', { class: 'criteria' },
      el('caption', { text: t('program.criteria') }),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col', text: t('program.status') }),
        el('th', { scope: 'col', text: t('program.reason') }),
        el('th', { scope: 'col', text: t('program.basis') }))));
    const body = el('tbody');
    for (const c of p.criteria) {
      body.append(el('tr', { class: `s-${c.status}` },
        el('td', {}, badge('criterion', c.status), c.householdId ? el('span', { class: 'hh', text: t('program.household', { id: c.householdId }) }) : null),
        el('td', {}, c.explanation, c.status === 'NOT_MET' && c.blocking === false ? el('span', { class: 'note', text: ` (${t('program.notBlocking')})` }) : null),
        el('td', {}, c.legalBasis ? el('span', { text: c.legalBasis }) : null, c.source ? el('br') : null, sourceLink(c.source))));
    }
    table.append(body);
    art.append(el('div', { class: 'table-wrap' }, table));
  }

  if (p.missing?.length) {
    art.append(el('h5', { text: t('program.questions') }), el('p', { class: 'help', text: t('program.questionsIntro') }));
    p.missing.forEach((m, i) => art.append(renderQuestion(p, m, i, req, runAdvice)));
  }

  if (p.obligations?.length) {
    art.append(el('h5', { text: t('program.obligations') }));
    art.append(el('ul', { class: 'obligations' }, p.obligations.map((o) => el('li', {},
      el('span', { text: o.text }),
      o.amountEur != null ? el('strong', { class: 'amount' }, ` ${t('program.amount')}: ${fmtEur(o.amountEur)}`) : null,
      o.months != null ? el('span', { class: 'months', text: ` · ${t('program.months', { n: o.months })}` }) : null,
      o.householdId ? el('span', { class: 'hh', text: ` · ${t('program.household', { id: o.householdId })}` }) : null,
      basis(o.legalBasis, o.source)))));
  }
  if (p.funding?.terms?.length) {
    art.append(el('h5', { text: t('program.funding') }));
    art.append(el('ul', { class: 'funding' }, p.funding.terms.map((f) => el('li', {},
      el('span', { text: f.text }),
      f.ratePct != null ? el('strong', { text: ` ${t('program.rate', { n: fmtNumber(f.ratePct) })}` }) : null,
      f.grantEur != null ? el('strong', { text: ` ${t('program.grant', { n: fmtEur(f.grantEur) })}` }) : null,
      basis(f.legalBasis, f.source)))));
  }
  art.append(basis(p.legalBasis, p.source, p.name));
  return art;
}

/** The concrete request path for a missing field: households.location + h2 → households[1].location. */
function concretePath(m, req) {
  if (m.field.startsWith('households.') && m.householdId) {
    const idx = (req.households || []).findIndex((h) => h.id === m.householdId);
    if (idx >= 0) return m.field.replace('households.', `households[${idx}].`);
    return null;
  }
  return m.field;
}

function renderQuestion(p, m, i, req, runAdvice) {
  const path = concretePath(m, req);
  const def = fieldFor(m.field) || { path: m.field, kind: 'free' };
  const id = `q-${p.id}-${i}`;
  const label = m.householdId ? `${t('program.household', { id: m.householdId })}: ${m.question}` : m.question;
  const form = el('form', { class: 'question', 'data-field': m.field, 'data-household': m.householdId || undefined, novalidate: true });
  const field = renderField(def, path || m.field, { id, label });
  field.querySelectorAll('[data-path]').forEach((n) => n.removeAttribute('data-path'));
  field.querySelectorAll('[data-multi]').forEach((n) => n.removeAttribute('data-multi'));
  form.append(field, el('button', { type: 'submit', class: 'secondary', text: t('program.answer') }));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    let value;
    if (def.kind === 'multi') {
      value = [...form.querySelectorAll('input[type=checkbox]')].filter((c) => c.checked).map((c) => c.value);
      if (!value.length) value = undefined;
    } else if (def.kind === 'free') {
      const s = $(id).value.trim();
      value = s === '' ? undefined : /^(ja|yes|true)$/i.test(s) ? true : /^(nein|no|false)$/i.test(s) ? false
        : /^-?\d+([.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : s;
    } else {
      const r = parseValue(def, $(id).value);
      if (r.error) { questionError(id, r.error); return; }
      value = r.value;
    }
    if (value === undefined) { questionError(id, t('err.answer')); return; }
    const target = path || m.field;
    if (fieldFor(target) && $(inputId(target))) setInput(target, def, value);
    else state.extra[target] = value;
    await runAdvice({ focus: `prog-${p.id}` });
  });
  return form;
}

function questionError(id, message) {
  const input = $(id);
  markInvalid(input, message);
  (input.tagName === 'FIELDSET' ? input.querySelector('input') : input).focus();
}
