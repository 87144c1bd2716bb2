// The advice form: inputs built from fields.js (per group and per household), the filled counts of the collapsible
// sections, reading the form into an advice request and putting a request back into the form.
import { ENUMS, FIELDS, HOUSEHOLD_GROUPS, PAGE_GROUPS, fieldFor, inputId } from './fields.js';
import { FIELD_TEXTS } from './i18n.js';
import { $, el } from './dom.js';
import { enumLabel, state, t } from './page.js';

// ---------------------------------------------------------------------------------------------------------------
// Form building

/** One labelled input with help and error slots for a field definition at a concrete path. */
export function renderField(def, path, opts = {}) {
  const id = opts.id || inputId(path);
  const [label, help] = FIELD_TEXTS[state.lang][def.path] || [def.path, ''];
  const labelText = opts.label || label;
  const helpId = id + '-help';
  const errId = id + '-error';
  const helpText = def.kind === 'list' ? `${help} ${t('list.help')}` : help;
  const common = { id, 'data-path': path, 'data-kind': def.kind, 'aria-describedby': helpId };
  if (def.kind === 'multi') {
    const fs = el('fieldset', { class: 'field multi', id, 'data-path': path, 'data-kind': 'multi', 'aria-describedby': helpId },
      el('legend', { text: labelText }),
      el('p', { class: 'help', id: helpId, text: helpText }),
      el('p', { class: 'error', id: errId, hidden: true }));
    const box = el('div', { class: 'checks' });
    for (const v of ENUMS[def.values]) {
      const cid = `${id}-${v}`;
      box.append(el('div', { class: 'check' },
        el('input', { type: 'checkbox', id: cid, value: v, 'data-multi': path }),
        el('label', { for: cid, text: enumLabel(def.values, v) })));
    }
    fs.append(box);
    return fs;
  }
  let input;
  if (def.kind === 'bool' || def.kind === 'enum') {
    input = el('select', common, el('option', { value: '', text: t('unknown') }));
    if (def.kind === 'bool') {
      input.append(el('option', { value: 'true', text: t('yes') }), el('option', { value: 'false', text: t('no') }));
    } else {
      for (const v of ENUMS[def.values]) input.append(el('option', { value: String(v), text: enumLabel(def.values, v) }));
    }
  } else if (def.kind === 'date') {
    input = el('input', { ...common, type: 'date' });
  } else {
    const mode = def.kind === 'int' ? 'numeric' : def.kind === 'num' ? 'decimal' : undefined;
    input = el('input', { ...common, type: 'text', inputmode: mode, autocomplete: 'off', spellcheck: def.kind === 'text' || def.kind === 'list' ? undefined : 'false' });
  }
  return el('div', { class: 'field' },
    el('label', { for: id, text: labelText }),
    el('p', { class: 'help', id: helpId, text: helpText }),
    el('p', { class: 'error', id: errId, hidden: true }),
    input);
}

export function buildGroups() {
  for (const group of PAGE_GROUPS) {
    const box = $('group-' + group);
    box.querySelectorAll('.field').forEach((n) => n.remove());
    for (const def of FIELDS.filter((f) => f.group === group)) box.append(renderField(def, def.path));
  }
  updateFilledCounts();
}

/** Collapsible "weitere Angaben" sections say in their summary how many of their inputs are filled in. */
export function updateFilledCounts() {
  document.querySelectorAll('#advice-form details[data-count]').forEach((d) => {
    const n = [...d.querySelectorAll('[data-path]')].filter((i) => (i.tagName === 'FIELDSET'
      ? i.querySelector('input:checked') : i.value !== '')).length;
    const span = d.querySelector(':scope > summary .filled');
    if (span) span.textContent = n ? ` ${t('more.filled', { n })}` : '';
  });
}

/** A collapsible section of more inputs: <details><summary>title</summary><fieldset class=plain>…</fieldset></details>. */
function moreSection(id, titleKey, fields) {
  const grid = el('fieldset', { class: 'plain grid', id: id + '-fields' });
  grid.append(el('legend', { class: 'visually-hidden', text: t(titleKey) }));
  fields.forEach((f) => grid.append(f));
  return el('details', { class: 'more', id, 'data-count': 'true' },
    el('summary', {}, el('span', { text: t(titleKey) }), el('span', { class: 'filled' })), grid);
}

export function addHousehold() {
  const list = $('households');
  const index = list.children.length;
  const n = index + 1;
  const fs = el('fieldset', { class: 'household', 'data-index': String(index), id: `household-${index}` },
    el('legend', { text: t('households.one', { n }) }));
  const grid = el('div', { class: 'grid' });
  const at = (def) => renderField(def, def.path.replace('households.', `households[${index}].`));
  for (const def of FIELDS.filter((f) => f.group === 'household')) grid.append(at(def));
  fs.append(grid);
  for (const group of HOUSEHOLD_GROUPS) {
    fs.append(moreSection(`household-${index}-${group}`, `${group}.legend`, FIELDS.filter((f) => f.group === group).map(at)));
  }
  fs.append(el('button', { type: 'button', class: 'secondary remove-household', 'data-index': String(index), text: t('households.remove', { n }) }));
  list.append(fs);
  return fs;
}

export function removeHousehold(index) {
  const raw = snapshotInputs();
  const count = $('households').children.length;
  // shift the values of later households one place up
  const shifted = {};
  for (const [id, v] of Object.entries(raw)) {
    const m = id.match(/^f-households-(\d+)-(.*)$/);
    if (!m) { shifted[id] = v; continue; }
    const i = Number(m[1]);
    if (i < index) shifted[id] = v;
    else if (i > index) shifted[`f-households-${i - 1}-${m[2]}`] = v;
  }
  $('households').replaceChildren();
  for (let i = 0; i < count - 1; i++) addHousehold();
  restoreInputs(shifted);
  $('households-status').textContent = t('households.removed');
  $('add-household').focus();
}

/** Every input's raw value by id (to rebuild the form in another language without losing anything). */
function snapshotInputs() {
  const raw = {};
  $('advice-form').querySelectorAll('input, select').forEach((i) => {
    if (!i.id) return;
    raw[i.id] = i.type === 'checkbox' ? i.checked : i.value;
  });
  return raw;
}

function restoreInputs(raw) {
  for (const [id, v] of Object.entries(raw)) {
    const i = $(id);
    if (!i) continue;
    if (i.type === 'checkbox') i.checked = !!v; else i.value = v;
  }
}

/** Builds the form again (in the page's language now) and keeps every value and household. */
export function rebuildForm() {
  const raw = snapshotInputs();
  const households = $('households').children.length;
  buildGroups();
  $('households').replaceChildren();
  for (let i = 0; i < households; i++) addHousehold();
  restoreInputs(raw);
  updateFilledCounts();
}

// ---------------------------------------------------------------------------------------------------------------
// Form ⇄ request

function setPath(obj, path, value) {
  const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let o = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i];
    const nextIsIndex = /^\d+$/.test(parts[i + 1]);
    if (o[k] === undefined) o[k] = nextIsIndex ? [] : {};
    o = o[k];
  }
  o[parts[parts.length - 1]] = value;
}

function getPath(obj, path) {
  return path.replace(/\[(\d+)\]/g, '.$1').split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

/** Parses one raw input value; returns {value} or {error}. '' is "not stated" (undefined). */
export function parseValue(def, raw) {
  const s = typeof raw === 'string' ? raw.trim() : raw;
  if (s === '' || s === undefined || s === null) return { value: undefined };
  switch (def.kind) {
    case 'int': {
      const c = s.replace(/\s/g, '').replace(/^(-?\d{1,3})((\.\d{3})+)$/, (m, a, b) => a + b.replace(/\./g, ''));
      return /^-?\d+$/.test(c) ? { value: Number(c) } : { error: t('err.int') };
    }
    case 'num': {
      let c = s.replace(/\s/g, '');
      if (c.includes(',')) c = c.replace(/\./g, '').replace(',', '.');
      else if (state.lang === 'de' && /^-?\d{1,3}(\.\d{3})+$/.test(c)) c = c.replace(/\./g, '');
      return /^-?\d+(\.\d+)?$/.test(c) ? { value: Number(c) } : { error: t('err.num') };
    }
    case 'bool': return { value: s === 'true' };
    case 'enum': return { value: def.numeric ? Number(s) : s };
    case 'list': {
      let items = s.split(',').map((x) => x.trim()).filter(Boolean);
      if (def.unique) items = [...new Set(items)];
      if (def.itemMax && items.some((x) => x.length > def.itemMax)) return { error: t('err.tooLong') };
      return { value: items.length ? items : undefined };
    }
    case 'text': return { value: def.upper ? s.toUpperCase() : s };
    default: return { value: s };
  }
}

/** Reads the form into an advice request; client-side errors (unparseable numbers) as [{path, message}]. */
export function readRequest() {
  const req = {};
  const errors = [];
  const asOf = $('f-asOf').value;
  if (asOf) req.asOf = asOf;
  const form = $('advice-form');
  form.querySelectorAll('[data-path]').forEach((node) => {
    const path = node.getAttribute('data-path');
    const def = fieldFor(path);
    if (!def) return;
    let raw;
    if (def.kind === 'multi') {
      const values = [...form.querySelectorAll(`input[data-multi="${CSS.escape(path)}"]`)].filter((c) => c.checked).map((c) => c.value);
      if (values.length) setPath(req, path, values);
      return;
    }
    raw = node.value;
    const r = parseValue(def, raw);
    if (r.error) errors.push({ field: path, message: r.error, local: true });
    else if (r.value !== undefined) setPath(req, path, r.value);
  });
  const count = $('households').children.length;
  if (count) {
    req.households = req.households || [];
    for (let i = 0; i < count; i++) {
      req.households[i] = { id: `h${i + 1}`, ...(req.households[i] || {}) };
    }
  }
  for (const [path, v] of Object.entries(state.extra)) {
    if (getPath(req, path) === undefined) setPath(req, path, v);
  }
  return { req, errors };
}

/** Puts a request into the form (restore link, scenarios). */
export function fillForm(req) {
  $('advice-form').querySelectorAll('[data-path]').forEach((n) => { if (n.tagName !== 'FIELDSET') n.value = ''; });
  $('advice-form').querySelectorAll('input[data-multi]').forEach((c) => { c.checked = false; });
  $('households').replaceChildren();
  (req.households || []).forEach(() => addHousehold());
  $('f-asOf').value = req.asOf || '';
  state.extra = {};
  const walk = (obj, prefix) => {
    for (const [k, v] of Object.entries(obj || {})) {
      const path = prefix ? (Array.isArray(obj) ? `${prefix}[${k}]` : `${prefix}.${k}`) : k;
      if (path === 'asOf' || /^households\[\d+\]\.id$/.test(path)) continue;
      const def = fieldFor(path);
      if (def) { setInput(path, def, v); continue; }
      if (v !== null && typeof v === 'object') walk(v, path);
      else state.extra[path] = v;
    }
  };
  walk(req, '');
  for (const [group, details] of [['sponsorGroup', 'details-sponsor'], ['households', 'details-households'], ['project', 'details-project']]) {
    if (req[group] && (!Array.isArray(req[group]) || req[group].length)) $(details).open = true;
  }
  updateFilledCounts();
}

export function setInput(path, def, v) {
  if (def.kind === 'multi') {
    for (const value of v || []) {
      const c = $(`${inputId(path)}-${value}`);
      if (c) c.checked = true;
    }
    return;
  }
  const input = $(inputId(path));
  if (!input) { state.extra[path] = v; return; }
  if (def.kind === 'list') input.value = (Array.isArray(v) ? v : [v]).join(', ');
  else if (def.kind === 'num' && typeof v === 'number' && state.lang === 'de') input.value = String(v).replace('.', ',');
  else input.value = String(v);
}
