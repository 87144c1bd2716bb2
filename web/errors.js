// Errors on the advice form: field errors next to their inputs (aria-invalid, aria-describedby) and in a summary
// with links, plain texts for the API's field errors, and the general error box.
import { fieldFor, inputId } from './fields.js';
import { $, el } from './dom.js';
import { fieldLabel, fmtNumber, t } from './page.js';

function plainMessage(path, serverMessage) {
  const def = fieldFor(path);
  if (!def) return t('err.server', { msg: serverMessage });
  switch (def.kind) {
    case 'int': case 'num':
      if (def.min !== undefined && def.max !== undefined) return t('err.range', { min: fmtNumber(def.min), max: fmtNumber(def.max) });
      return def.kind === 'int' ? t('err.int') : t('err.num');
    case 'enum': case 'bool': case 'multi': return t('err.enum');
    case 'date': return t('err.date');
    case 'text': case 'list':
      if (def.patternMsg) return t('err.' + def.patternMsg);
      if (def.max) return t('err.tooLong');
      return t('err.server', { msg: serverMessage });
    default: return t('err.server', { msg: serverMessage });
  }
}

export function clearErrors() {
  document.querySelectorAll('[aria-invalid="true"]').forEach((i) => {
    i.removeAttribute('aria-invalid');
    const errId = i.id + '-error';
    const d = (i.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== errId);
    i.setAttribute('aria-describedby', d.join(' '));
  });
  document.querySelectorAll('.error').forEach((p) => { p.hidden = true; p.textContent = ''; });
  document.querySelectorAll('.field.invalid').forEach((f) => f.classList.remove('invalid'));
  $('error-summary').hidden = true;
  $('error-summary').replaceChildren();
  $('general-error').hidden = true;
  $('general-error').replaceChildren();
}

/** Shows field errors next to their inputs and in a summary with links, then focuses the summary. */
export function showFieldErrors(errors) {
  const items = [];
  for (const e of errors) {
    const path = e.field || '';
    const message = e.local ? e.message : plainMessage(path, e.message);
    const id = path === 'asOf' ? 'f-asOf' : inputId(path);
    const input = $(id);
    const label = path === 'asOf' ? t('asOf.label') : fieldLabel(path);
    if (input) {
      markInvalid(input, message);
      openAncestors(input);
      const link = el('a', { href: '#' + id, text: t('err.field', { label, msg: message }) });
      link.addEventListener('click', (ev) => {
        ev.preventDefault();
        const target = input.tagName === 'FIELDSET' ? input.querySelector('input') : input;
        target.focus();
      });
      items.push(el('li', {}, link));
    } else {
      items.push(el('li', { text: path ? t('err.field', { label, msg: message }) : message }));
    }
  }
  const summary = $('error-summary');
  summary.replaceChildren(el('h2', { text: t('errors.heading') }), el('p', { text: t('errors.intro') }), el('ul', {}, items));
  summary.hidden = false;
  summary.focus();
}

/** Opens every collapsed section around a node so that it can be seen and focused. */
export function openAncestors(node) {
  for (let d = node.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
}

/** Shows the message in the input's error slot and links it with aria-invalid and aria-describedby. */
export function markInvalid(input, message) {
  const errId = input.id + '-error';
  input.setAttribute('aria-invalid', 'true');
  const errP = $(errId);
  if (errP) { errP.textContent = message; errP.hidden = false; }
  const d = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  if (!d.includes(errId)) d.unshift(errId);
  input.setAttribute('aria-describedby', d.join(' '));
  input.closest('.field')?.classList.add('invalid');
}

export function showGeneralError(text) {
  const box = $('general-error');
  box.replaceChildren(el('p', { text }));
  box.hidden = false;
}
