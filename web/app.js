// The page: form → POST /api/v1/advice → result; open questions answered in place; scenarios A/B; print view;
// a link (URL fragment) that restores the same inputs. No framework, no build step, no inline script.
import { ENUM_TEXTS, FIELD_TEXTS, LANGS, t as tr } from './i18n.js';
import { ENUMS, FIELDS, HOUSEHOLD_GROUPS, PAGE_GROUPS, fieldFor, inputId } from './fields.js';
import { verificationNote } from './verification.js';
import { $, el, encodeRestore } from './dom.js';
import { renderAssumptions } from './assumptions.js';
import { initCases, rerenderCases, saveCaseControl } from './cases.js';

const state = {
  lang: 'de',
  lastResponse: null,
  scenarioA: null,
  extra: {}, // answers to questions for fields the form has no input for: path → value
  ruleset: null,
};

const t = (key, vars) => tr(state.lang, key, vars);
const CATEGORIES = ['SPONSORSHIP', 'ADMISSION', 'FUNDING'];
const PHASES = ['PREPARATION', 'APPLICATION', 'BEFORE_ARRIVAL', 'ARRIVAL', 'FIRST_YEAR', 'FOLLOW_UP'];

const locale = () => (state.lang === 'de' ? 'de-DE' : 'en-GB');
const fmtNumber = (n) => new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(n);
const fmtEur = (n) => new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(n);
function fmtDate(iso) {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? iso + 'T00:00:00Z' : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: iso.length === 10 ? 'UTC' : undefined }).format(d);
}
const fieldLabel = (path) => (FIELD_TEXTS[state.lang][path.replace(/\[\d+\]/g, '')] || [path])[0];
const enumLabel = (enumName, v) => (ENUM_TEXTS[state.lang][enumName] || {})[v] ?? String(v);

// ---------------------------------------------------------------------------------------------------------------
// Form building

/** One labelled input with help and error slots for a field definition at a concrete path. */
function renderField(def, path, opts = {}) {
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

function buildGroups() {
  for (const group of PAGE_GROUPS) {
    const box = $('group-' + group);
    box.querySelectorAll('.field').forEach((n) => n.remove());
    for (const def of FIELDS.filter((f) => f.group === group)) box.append(renderField(def, def.path));
  }
  updateFilledCounts();
}

/** Collapsible "weitere Angaben" sections say in their summary how many of their inputs are filled in. */
function updateFilledCounts() {
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

function addHousehold() {
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

function removeHousehold(index) {
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
function parseValue(def, raw) {
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
function readRequest() {
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
function fillForm(req) {
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

function setInput(path, def, v) {
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

// ---------------------------------------------------------------------------------------------------------------
// Errors

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

function clearErrors() {
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
function showFieldErrors(errors) {
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
function openAncestors(node) {
  for (let d = node.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
}

/** Shows the message in the input's error slot and links it with aria-invalid and aria-describedby. */
function markInvalid(input, message) {
  const errId = input.id + '-error';
  input.setAttribute('aria-invalid', 'true');
  const errP = $(errId);
  if (errP) { errP.textContent = message; errP.hidden = false; }
  const d = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  if (!d.includes(errId)) d.unshift(errId);
  input.setAttribute('aria-describedby', d.join(' '));
  input.closest('.field')?.classList.add('invalid');
}

function showGeneralError(text) {
  const box = $('general-error');
  box.replaceChildren(el('p', { text }));
  box.hidden = false;
}

// ---------------------------------------------------------------------------------------------------------------
// API

async function postAdvice(req, includeAll, lang = state.lang) {
  const url = `/api/v1/advice?lang=${lang}${includeAll ? '&include=all' : ''}`;
  try {
    const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(req) });
    let body = null;
    try { body = await r.json(); } catch { body = null; }
    return { ok: r.ok, status: r.status, body };
  } catch {
    return { ok: false, status: 0, body: null };
  }
}

function problemText(res) {
  if (res.status === 0) return t('err.network');
  if (res.status === 503) return t('err.unavailable');
  if (res.status === 413) return t('err.tooLarge');
  const detail = res.body && typeof res.body.detail === 'string' ? res.body.detail : '';
  return t('err.general', { detail }).trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Advice

let running = null;

async function runAdvice({ focus = 'heading' } = {}) {
  clearErrors();
  const { req, errors } = readRequest();
  updateFilledCounts();
  if (errors.length) { showFieldErrors(errors); return false; }
  const includeAll = $('include-all').checked;
  $('busy').textContent = t('busy');
  const token = Symbol('run');
  running = token;
  const res = await postAdvice(req, includeAll);
  if (running !== token) return false;
  $('busy').textContent = '';
  if (!res.ok) {
    if (res.body && Array.isArray(res.body.errors) && res.body.errors.length) showFieldErrors(res.body.errors);
    else { showGeneralError(problemText(res)); $('general-error').focus(); }
    return false;
  }
  state.lastResponse = res.body;
  writeHash(req);
  renderResult(res.body, req, includeAll);
  $('busy').textContent = t('result.updated', { n: res.body.programs.length });
  const target = focus === 'heading' ? $('result-heading') : focus !== 'none' ? ($(focus) || $('result-heading')) : null;
  if (target) {
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    openAncestors(target);
    target.focus();
  }
  return true;
}

function encodeState(req) {
  return encodeRestore({ v: 1, lang: state.lang, all: $('include-all').checked, req });
}

function decodeState(s) {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '==='.slice((b64.length + 3) % 4));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

function restoreUrl(req) {
  return `${location.origin}${location.pathname}#r=${encodeState(req)}`;
}

function writeHash(req) {
  history.replaceState(null, '', `#r=${encodeState(req)}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Result rendering

function sourceLink(url, what) {
  if (!url) return null;
  let host = url;
  try { host = new URL(url).host.replace(/^www\./, ''); } catch { /* keep the text */ }
  return el('a', { href: url, class: 'source', 'aria-label': what ? t('program.sourceOf', { what }) + ': ' + host : undefined }, `${t('program.source')}: ${host}`);
}

function basis(legalBasis, source, what) {
  return el('p', { class: 'basis' },
    legalBasis ? el('span', {}, `${t('program.legal')}: ${legalBasis}`) : null,
    legalBasis && source ? ' · ' : null,
    sourceLink(source, what));
}

const STATUS_ICON = { ELIGIBLE: '✓', NEEDS_INFO: '?', NOT_ELIGIBLE: '✕', MET: '✓', NOT_MET: '✕', UNKNOWN: '?' };

function badge(kind, status) {
  const key = kind === 'program' ? `status.${status}` : `crit.${status}`;
  return el('span', { class: `badge s-${status}` }, el('span', { 'aria-hidden': 'true', text: STATUS_ICON[status] + ' ' }), t(key));
}

const isVerify = (s) => /zu prüfen|to verify|nicht bestätigt|unconfirmed/i.test(s || '');

function renderProgram(p, req) {
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
    p.missing.forEach((m, i) => art.append(renderQuestion(p, m, i, req)));
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

function renderQuestion(p, m, i, req) {
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

/** DOM id of a checklist step: step ids repeat across programs (funding.via-district), so the program is part of it. */
const stepDomId = (programId, stepId) => `step-${programId}-${stepId}`.replace(/[^A-Za-z0-9_.-]/g, '_');

function renderChecklist(resp) {
  const names = Object.fromEntries(resp.programs.map((p) => [p.id, p.name]));
  const byKey = new Map(resp.checklist.map((s) => [`${s.programId}|${s.id}`, s]));
  const firstById = new Map();
  resp.checklist.forEach((s) => { if (!firstById.has(s.id)) firstById.set(s.id, s); });
  // a step depends on a step of its own program; a shared step id falls back to the first program that has it
  const dependency = (s, d) => byKey.get(`${s.programId}|${d}`) || firstById.get(d) || null;
  const sec = el('section', { class: 'checklist', 'aria-labelledby': 'checklist-heading' }, el('h3', { id: 'checklist-heading', text: t('checklist.heading') }));
  if (!resp.checklist.length) { sec.append(el('p', { text: t('checklist.none') })); return sec; }
  sec.append(el('p', { class: 'help', id: 'checklist-help', text: `${t('checklist.intro')} ${t('checklist.count', { n: resp.checklist.length })}` }));
  // with many programs the list is long: the clerk can narrow it to one program's steps
  const programsWithSteps = [...new Set(resp.checklist.map((s) => s.programId))];
  const filter = el('select', { id: 'checklist-filter', 'aria-describedby': 'checklist-help' },
    el('option', { value: '', text: t('checklist.all') }),
    programsWithSteps.map((id) => el('option', { value: id, text: names[id] || id })));
  const filterStatus = el('p', { class: 'visually-hidden', id: 'checklist-filter-status', role: 'status', 'aria-live': 'polite' });
  filter.addEventListener('change', () => {
    const only = filter.value;
    let shown = 0;
    sec.querySelectorAll('li.step').forEach((li) => {
      li.hidden = !!only && li.getAttribute('data-program') !== only;
      if (!li.hidden) shown++;
    });
    sec.querySelectorAll('.phase').forEach((ph) => { ph.hidden = !ph.querySelector('li.step:not([hidden])'); });
    filterStatus.textContent = t('checklist.count', { n: shown });
  });
  sec.append(el('div', { class: 'field inline-field no-print' }, el('label', { for: 'checklist-filter', text: t('checklist.filter') }), filter), filterStatus);
  const phases = [...new Set(resp.checklist.map((s) => s.phase))].sort((a, b) => PHASES.indexOf(a) - PHASES.indexOf(b));
  let n = 0;
  for (const phase of phases) {
    const ol = el('ol', { class: 'steps', start: String(n + 1) });
    sec.append(el('div', { class: 'phase' }, el('h4', { text: t(`phase.${phase}`) }), ol));
    for (const s of resp.checklist.filter((x) => x.phase === phase)) {
      n++;
      const dl = el('dl', { class: 'meta' },
        el('dt', { text: t('checklist.responsible') }), el('dd', { text: t(`resp.${s.responsible}`) }),
        el('dt', { text: t('checklist.program') }), el('dd', { text: names[s.programId] || s.programId }));
      if (s.documents?.length) dl.append(el('dt', { text: t('checklist.documents') }), el('dd', { text: s.documents.join('; ') }));
      if (s.deadline) dl.append(el('dt', { text: t('checklist.deadline') }), el('dd', { text: s.deadline }));
      if (s.dependsOn?.length) {
        const dd = el('dd');
        s.dependsOn.forEach((d, i) => {
          const dep = dependency(s, d);
          if (i) dd.append('; ');
          dd.append(dep ? el('a', { href: '#' + stepDomId(dep.programId, dep.id), text: dep.title }) : d);
        });
        dl.append(el('dt', { text: t('checklist.after') }), dd);
      }
      ol.append(el('li', { class: isVerify(s.title) ? 'step verify' : 'step', id: stepDomId(s.programId, s.id), 'data-step': s.id, 'data-program': s.programId },
        el('p', { class: 'step-title' }, isVerify(s.title) ? el('span', { class: 'badge s-UNKNOWN', text: t('verify') }) : null, isVerify(s.title) ? ' ' : null, el('strong', { text: s.title })),
        dl, basis(s.legalBasis, s.source)));
    }
  }
  return sec;
}

function renderAdviceList(items, key, hid) {
  if (!items?.length) return null;
  return el('section', { 'aria-labelledby': hid }, el('h3', { id: hid, text: t(key) }),
    el('ul', { class: 'advice-list' }, items.map((r) => el('li', {},
      el('strong', { text: r.title }), r.why ? el('p', { text: r.why }) : null, r.source ? el('p', { class: 'basis' }, sourceLink(r.source)) : null))));
}

/** A compact table of every program (status, open questions) with links to its details further down. */
function renderOverview(resp) {
  const tbody = el('tbody');
  for (const cat of CATEGORIES) {
    for (const p of resp.programs.filter((x) => x.category === cat)) {
      const link = el('a', { href: `#prog-${p.id}`, class: 'to-program', text: p.name });
      link.addEventListener('click', (ev) => {
        ev.preventDefault();
        const h = $(`prog-${p.id}`);
        if (!h) return;
        openAncestors(h);
        if (!h.hasAttribute('tabindex')) h.setAttribute('tabindex', '-1');
        h.focus();
        h.scrollIntoView({ block: 'start' });
      });
      const questions = p.missing?.length || 0;
      tbody.append(el('tr', { class: `s-${p.status}` },
        el('th', { scope: 'row' }, link),
        el('td', { text: t(`cat.${cat}`) }),
        el('td', {}, badge('program', p.status)),
        el('td', { text: questions ? String(questions) : '–' })));
    }
  }
  return el('section', { class: 'overview no-print', 'aria-labelledby': 'overview-heading' },
    el('h3', { id: 'overview-heading', text: t('overview.heading') }),
    el('details', { id: 'overview-details' },
      el('summary', { text: t('overview.show', { n: resp.programs.length }) }),
      el('div', { class: 'table-wrap' }, el('table', { class: 'overview-table' },
        el('caption', { class: 'visually-hidden', text: t('overview.heading') }),
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col', text: t('scen.program') }),
          el('th', { scope: 'col', text: t('overview.category') }),
          el('th', { scope: 'col', text: t('program.status') }),
          el('th', { scope: 'col', text: t('program.questions') }))),
        tbody))));
}

function renderResult(resp, req, includeAll) {
  const sec = $('result');
  const m = req.municipality || {};
  const url = restoreUrl(req);
  const counts = { ELIGIBLE: 0, NEEDS_INFO: 0, NOT_ELIGIBLE: 0 };
  resp.programs.forEach((p) => { counts[p.status]++; });

  const asOfInput = el('input', { type: 'date', id: 'result-asOf', value: resp.asOf, 'aria-describedby': 'f-asOf-help' });
  const recalc = el('button', { type: 'button', class: 'secondary', id: 'result-recalc', text: t('result.recalc') });
  recalc.addEventListener('click', () => { $('f-asOf').value = asOfInput.value; runAdvice(); });
  const printBtn = el('button', { type: 'button', class: 'secondary', id: 'print-button', text: t('result.print') });
  printBtn.addEventListener('click', () => window.print());

  const children = [
    el('p', { class: 'print-only print-title', text: t('print.heading') }),
    el('h2', { id: 'result-heading', tabindex: '-1', text: t('result.heading') }),
    el('dl', { class: 'result-meta', id: 'result-meta' },
      el('dt', { text: t('result.for') }), el('dd', { id: 'meta-municipality', text: [m.name || t('result.noName'), m.ags ? `(AGS ${m.ags})` : '', m.state ? enumLabel('Land', m.state) : ''].filter(Boolean).join(' ') }),
      el('dt', { text: t('result.asOf') }), el('dd', { id: 'meta-asof', text: fmtDate(resp.asOf) }),
      el('dt', { text: t('result.version') }), el('dd', { id: 'meta-version', text: resp.rulesetVersion }),
      el('dt', { text: t('result.created') }), el('dd', { text: fmtDate(new Date().toISOString()) }),
      el('dt', { text: t('print.restore') }), el('dd', {}, el('a', { href: url, id: 'restore-link', class: 'restore' }, t('result.link')), el('span', { class: 'print-only url', text: url }))),
    el('p', { class: 'help no-print', text: t('result.linkHelp') }),
    el('div', { class: 'toolbar result-actions no-print' },
      el('div', { class: 'field inline-field' }, el('label', { for: 'result-asOf', text: t('result.changeAsOf') }), el('div', { class: 'inline' }, asOfInput, recalc)),
      printBtn, saveCaseControl(resp, req)),
    el('p', { class: 'result-summary', id: 'result-summary', text: includeAll
      ? t('result.summary', { eligible: counts.ELIGIBLE, open: counts.NEEDS_INFO, not: counts.NOT_ELIGIBLE })
      : counts.NOT_ELIGIBLE
        ? t('result.summaryHiddenClosed', { eligible: counts.ELIGIBLE, open: counts.NEEDS_INFO, not: counts.NOT_ELIGIBLE })
        : t('result.summaryHidden', { eligible: counts.ELIGIBLE, open: counts.NEEDS_INFO }) }),
  ];
  // what the answer assumed (e.g. the municipality applies itself), with a way to change it: fills the form, asks again
  children.push(renderAssumptions(resp, { el, t, enums: ENUMS, enumLabel, fieldFor, fieldLabel,
    apply: (path, def, value) => { setInput(path, def, value); runAdvice({ focus: 'heading' }); } }));
  if (!resp.programs.length) children.push(el('p', { text: t('result.none') }));
  else children.push(renderOverview(resp));
  for (const cat of CATEGORIES) {
    const ps = resp.programs.filter((p) => p.category === cat);
    if (!ps.length) continue;
    // programs that do not apply (only with include=all) go into one collapsed list per category, so the ones that
    // apply or have open questions stay together at the top
    const shown = ps.filter((p) => p.status !== 'NOT_ELIGIBLE');
    const not = ps.filter((p) => p.status === 'NOT_ELIGIBLE');
    children.push(el('section', { class: 'category', 'aria-labelledby': `cat-${cat}` },
      el('h3', { id: `cat-${cat}`, text: t(`cat.${cat}`) }), shown.map((p) => renderProgram(p, req)),
      not.length ? el('details', { class: 'not-eligible', id: `not-eligible-${cat}` },
        el('summary', { text: t('result.notEligibleGroup', { n: not.length }) }), not.map((p) => renderProgram(p, req))) : null));
  }
  children.push(renderChecklist(resp));
  children.push(renderAdviceList(resp.recommendations, 'recommendations.heading', 'rec-heading'));
  children.push(renderAdviceList(resp.experiences, 'experiences.heading', 'exp-heading'));
  sec.replaceChildren(...children.filter(Boolean));
  sec.hidden = false;
}

// ---------------------------------------------------------------------------------------------------------------
// Scenarios

function flatten(obj, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(obj || {})) {
    const path = prefix ? (Array.isArray(obj) ? `${prefix}[${k}]` : `${prefix}.${k}`) : k;
    if (v !== null && typeof v === 'object' && !(Array.isArray(v) && v.every((x) => typeof x !== 'object'))) flatten(v, path, out);
    else out[path] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function shownValue(path, v) {
  if (v === undefined || v === null || v === '') return t('unknown');
  if (v === true) return t('yes');
  if (v === false) return t('no');
  const def = fieldFor(path);
  if (def && def.kind === 'enum') return enumLabel(def.values, v);
  if (typeof v === 'number') return fmtNumber(v);
  return String(v);
}

function keepScenarioA() {
  clearErrors();
  const { req, errors } = readRequest();
  if (errors.length) { showFieldErrors(errors); return false; }
  state.scenarioA = req;
  $('scen-status').textContent = t('scen.kept');
  return true;
}

async function compareScenarios() {
  clearErrors();
  if (!state.scenarioA) { $('scen-status').textContent = t('scen.needA'); return; }
  const { req: b, errors } = readRequest();
  if (errors.length) { showFieldErrors(errors); return; }
  const a = state.scenarioA;
  $('scen-status').textContent = t('busy');
  const [ra, rb] = await Promise.all([postAdvice(a, true), postAdvice(b, true)]);
  if (!ra.ok || !rb.ok) {
    const bad = !rb.ok ? rb : ra;
    if (!rb.ok && rb.body?.errors?.length) showFieldErrors(rb.body.errors);
    else showGeneralError(problemText(bad));
    $('scen-status').textContent = '';
    return;
  }
  renderComparison(a, b, ra.body, rb.body);
  $('scen-status').textContent = t('result.updated', { n: rb.body.programs.length });
  $('scen-result-heading')?.focus();
}

function renderComparison(a, b, ra, rb) {
  const fa = flatten(a);
  const fb = flatten(b);
  const changed = [...new Set([...Object.keys(fa), ...Object.keys(fb)])].filter((k) => String(fa[k]) !== String(fb[k]));
  const inputs = changed.length
    ? el('ul', { id: 'scen-inputs' }, changed.map((k) => el('li', {}, `${k === 'asOf' ? t('asOf.label') : fieldLabel(k)}: `, el('del', { text: shownValue(k, fa[k]) }), ' → ', el('ins', { text: shownValue(k, fb[k]) }))))
    : el('p', { id: 'scen-inputs', text: t('scen.noInputChange') });

  const ids = [...new Set([...ra.programs.map((p) => p.id), ...rb.programs.map((p) => p.id)])];
  const byId = (r) => Object.fromEntries(r.programs.map((p) => [p.id, p]));
  const pa = byId(ra);
  const pb = byId(rb);
  const steps = (r, id) => new Map(r.checklist.filter((s) => s.programId === id).map((s) => [s.id, s.title]));
  const changedRows = [];
  const sameRows = [];
  for (const id of ids) {
    const A = pa[id];
    const B = pb[id];
    const name = (B || A).name;
    const statusChanged = A?.status !== B?.status;
    const oa = new Map((A?.obligations || []).map((o) => [o.id + (o.householdId || ''), o.text]));
    const ob = new Map((B?.obligations || []).map((o) => [o.id + (o.householdId || ''), o.text]));
    const oblDiff = [];
    for (const [k, v] of ob) if (oa.get(k) !== v) oblDiff.push(el('li', { class: 'added', text: t('scen.added', { x: v }) }));
    for (const [k, v] of oa) if (ob.get(k) !== v) oblDiff.push(el('li', { class: 'removed', text: t('scen.removed', { x: v }) }));
    const sa = steps(ra, id);
    const sb = steps(rb, id);
    const added = [...sb.keys()].filter((k) => !sa.has(k));
    const removed = [...sa.keys()].filter((k) => !sb.has(k));
    const any = statusChanged || oblDiff.length || added.length || removed.length;
    (any ? changedRows : sameRows).push(el('tr', { class: any ? 'changed' : '', 'data-program': id },
      el('th', { scope: 'row' }, name, any ? el('span', { class: 'badge s-UNKNOWN changed-mark', text: t('scen.changed') }) : null),
      el('td', {}, A ? badge('program', A.status) : t('scen.none')),
      el('td', {}, B ? badge('program', B.status) : t('scen.none')),
      el('td', {}, oblDiff.length ? el('ul', {}, oblDiff) : t('scen.same')),
      el('td', {}, added.length || removed.length
        ? el('ul', {}, added.map((k) => el('li', { class: 'added', text: t('scen.added', { x: sb.get(k) }) })), removed.map((k) => el('li', { class: 'removed', text: t('scen.removed', { x: sa.get(k) }) })))
        : t('scen.same'))));
  }
  // the programs that change come first; the long rest (mostly unchanged "does not apply") follows
  const tbody = el('tbody', {}, changedRows, sameRows);
  const table = el('table', { class: 'compare', id: 'scen-table' },
    el('caption', { text: t('scen.table') }),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col', text: t('scen.program') }),
      el('th', { scope: 'col', text: `${t('scen.status')} – ${t('scen.a')}` }),
      el('th', { scope: 'col', text: `${t('scen.status')} – ${t('scen.b')}` }),
      el('th', { scope: 'col', text: t('scen.obligations') }),
      el('th', { scope: 'col', text: t('scen.steps') }))),
    tbody);
  $('scen-result').replaceChildren(
    el('h3', { id: 'scen-result-heading', tabindex: '-1', text: t('scen.changedInputs') }), inputs,
    el('p', { id: 'scen-count', class: 'result-summary', text: t('scen.count', { changed: changedRows.length, n: ids.length }) }),
    el('div', { class: 'table-wrap' }, table));
}

async function applyPreset(name) {
  if (!state.scenarioA && !keepScenarioA()) return;
  const set = (path, value) => { const def = fieldFor(path); setInput(path, def, value); };
  if (name === 'places') {
    const cur = parseValue(fieldFor('municipality.admissionPledge.places'), $(inputId('municipality.admissionPledge.places')).value).value;
    set('municipality.admissionPledge.places', cur ? cur * 2 : 10);
  } else if (name === 'training') {
    set('sponsorGroup.trainingCompleted', true);
    $('details-sponsor').open = true;
  } else if (name === 'housing') {
    set('sponsorGroup.housingSecured', true);
    $('details-sponsor').open = true;
  } else if (name === 'leader') {
    set('municipality.leaderRegion', true);
  }
  await compareScenarios();
}

// ---------------------------------------------------------------------------------------------------------------
// Municipality search

async function searchMunicipalities() {
  const q = $('search-q').value.trim();
  const status = $('search-status');
  const list = $('search-results');
  list.replaceChildren();
  if (!q) { status.textContent = t('search.empty'); return; }
  status.textContent = t('search.searching');
  const params = new URLSearchParams({ q, limit: '10' });
  if ($('search-state').value) params.set('state', $('search-state').value);
  let res;
  try {
    res = await fetch(`/api/v1/municipalities?${params}`, { headers: { Accept: 'application/json' } });
  } catch {
    status.textContent = t('search.failed');
    status.classList.add('warn');
    return;
  }
  if (res.status === 404 || res.status === 503) {
    status.textContent = t('search.unavailable');
    status.classList.add('warn');
    return;
  }
  let items = null;
  try { items = res.ok ? await res.json() : null; } catch { items = null; }
  if (items && !Array.isArray(items) && Array.isArray(items.items)) items = items.items;
  if (!Array.isArray(items)) { status.textContent = t('search.failed'); status.classList.add('warn'); return; }
  status.classList.remove('warn');
  if (!items.length) { status.textContent = t('search.none'); return; }
  status.textContent = items.length === 1 ? t('search.countOne') : t('search.count', { n: items.length });
  items.forEach((m, i) => {
    const descId = `search-result-${i}`;
    const parts = [m.district, m.state ? enumLabel('Land', m.state) : null, m.population != null ? t('search.inhabitants', { n: fmtNumber(m.population) }) : null, m.ags ? `AGS ${m.ags}` : null].filter(Boolean);
    const btn = el('button', { type: 'button', class: 'secondary take', 'data-ags': m.ags || '', 'aria-describedby': descId }, t('search.take'), el('span', { class: 'visually-hidden', text: `: ${m.name}` }));
    btn.addEventListener('click', () => takeMunicipality(m));
    list.append(el('li', {}, el('span', { id: descId }, el('strong', { text: m.name }), parts.length ? ` – ${parts.join(' · ')}` : ''), ' ', btn));
  });
}

function takeMunicipality(m) {
  const map = { ags: 'ags', name: 'name', state: 'state', district: 'district', districtAgs: 'districtAgs', kind: 'kind', population: 'population', areaKm2: 'areaKm2', densityPerKm2: 'densityPerKm2', degreeOfUrbanisation: 'degreeOfUrbanisation' };
  for (const [src, dst] of Object.entries(map)) {
    const v = m[src];
    if (v === undefined || v === null) continue;
    const path = `municipality.${dst}`;
    const def = fieldFor(path);
    if (def.kind === 'enum' && !ENUMS[def.values].map(String).includes(String(v))) continue;
    setInput(path, def, v);
  }
  $('search-results').replaceChildren();
  $('search-status').textContent = t('search.taken', { name: m.name });
  $(inputId('municipality.name')).focus();
}

// ---------------------------------------------------------------------------------------------------------------
// Language and static texts

function applyStaticTexts() {
  document.documentElement.lang = state.lang;
  document.title = `${t('app.title')} – ${t('form.heading')}`;
  document.querySelectorAll('[data-i18n]').forEach((n) => { n.textContent = t(n.getAttribute('data-i18n')); });
  document.querySelectorAll('[data-i18n-aria-label]').forEach((n) => n.setAttribute('aria-label', t(n.getAttribute('data-i18n-aria-label'))));
  $('lang-switch').setAttribute('lang', state.lang === 'de' ? 'en' : 'de');
  const sel = $('search-state');
  const cur = sel.value;
  sel.replaceChildren(el('option', { value: '', text: t('unknown') }), ...ENUMS.Land.map((l) => el('option', { value: l, text: enumLabel('Land', l) })));
  sel.value = cur;
  renderFooter();
}

function renderFooter() {
  const r = state.ruleset;
  $('footer-ruleset').textContent = r ? t('footer.ruleset', { version: r.version, date: fmtDate(r.loadedAt) }) : t('footer.rulesetUnknown');
}

function rebuildForm() {
  const raw = snapshotInputs();
  const households = $('households').children.length;
  buildGroups();
  $('households').replaceChildren();
  for (let i = 0; i < households; i++) addHousehold();
  restoreInputs(raw);
  updateFilledCounts();
}

async function switchLanguage(lang) {
  state.lang = lang;
  rebuildForm();
  applyStaticTexts();
  $('scen-result').replaceChildren();
  $('search-status').textContent = '';
  rerenderCases();
  if (state.lastResponse) await runAdvice({ focus: 'none' });
  $('lang-switch').focus();
}

// ---------------------------------------------------------------------------------------------------------------
// Start

async function loadRuleset() {
  try {
    const r = await fetch('/api/v1/ruleset', { headers: { Accept: 'application/json' } });
    if (r.ok) state.ruleset = await r.json();
  } catch { /* footer says unknown */ }
  renderFooter();
}

function restoreFromHash() {
  const m = location.hash.match(/^#r=([A-Za-z0-9_-]+)$/);
  if (!m) return false;
  try {
    const s = decodeState(m[1]);
    if (LANGS.includes(s.lang)) state.lang = s.lang;
    buildGroups();
    applyStaticTexts();
    $('include-all').checked = !!s.all;
    fillForm(s.req || {});
    return true;
  } catch {
    return false;
  }
}

function init() {
  // German first; ?lang=en opens the English page (the switch in the header does the same).
  state.lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'de';
  const restored = restoreFromHash();
  if (!restored) { buildGroups(); applyStaticTexts(); }

  $('advice-form').addEventListener('change', updateFilledCounts);
  $('advice-form').addEventListener('submit', (ev) => { ev.preventDefault(); runAdvice(); });
  $('lang-switch').addEventListener('click', () => switchLanguage(state.lang === 'de' ? 'en' : 'de'));
  $('search-button').addEventListener('click', searchMunicipalities);
  $('search-q').addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); searchMunicipalities(); } });
  $('add-household').addEventListener('click', () => {
    const fs = addHousehold();
    const n = $('households').children.length;
    $('households-status').textContent = t('households.added', { n });
    fs.querySelector('input, select')?.focus();
  });
  $('households').addEventListener('click', (ev) => {
    const b = ev.target.closest('.remove-household');
    if (b) removeHousehold(Number(b.getAttribute('data-index')));
  });
  $('scen-keep').addEventListener('click', keepScenarioA);
  $('scen-compare').addEventListener('click', compareScenarios);
  document.querySelectorAll('[data-preset]').forEach((b) => b.addEventListener('click', () => applyPreset(b.getAttribute('data-preset'))));
  // print everything: the collapsed lists of programs that do not apply open for printing and close again after
  window.addEventListener('beforeprint', () => document.querySelectorAll('#result details:not([open])').forEach((d) => { d.open = true; d.dataset.printOpened = 'true'; }));
  window.addEventListener('afterprint', () => document.querySelectorAll('#result details[data-print-opened]').forEach((d) => { d.open = false; delete d.dataset.printOpened; }));
  window.addEventListener('hashchange', () => { if (restoreFromHash()) runAdvice(); });
  initCases({ t, el, lang: () => state.lang, readRequest, fillForm, fmtDate });
  loadRuleset();
  if (restored) runAdvice({ focus: 'none' });
  document.body.setAttribute('data-ready', 'true');
}

init();
