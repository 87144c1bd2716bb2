// Cases (issue 14): "Fall speichern" on a result, "Meine Fälle" kept in this browser's local storage (ids and access
// keys; the server never lists cases) with export/import of that list, a case's checklist with status, due date,
// responsible and note per step (optimistic version: a conflict reloads the step), what changed since, calendar,
// export, delete. The print view shows the step states. app.js calls initCases() once and hands over its helpers.

const STORE = 'aufnahmelotse.cases.v1';
const LIST_FORMAT = 'aufnahmelotse-my-cases/1';
const STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE'];
const ID = /^[0-9a-f-]{36}$/;

let h = null; // { t, el, lang, readRequest, fillForm, fmtDate }
let current = null; // { entry: {id, key, label}, data: Case }

const $ = (id) => document.getElementById(id);
const t = (key, vars) => h.t(key, vars);

// ------------------------------------------------------------------------------------------------ the local list

function readList() {
  try {
    const list = JSON.parse(localStorage.getItem(STORE) || '[]');
    return Array.isArray(list) ? list.filter(valid) : [];
  } catch {
    return [];
  }
}

function valid(e) {
  return e && typeof e.id === 'string' && ID.test(e.id) && typeof e.key === 'string' && e.key.length >= 20
    && typeof e.label === 'string';
}

function writeList(list) {
  localStorage.setItem(STORE, JSON.stringify(list));
}

function remember(entry) {
  const list = readList().filter((e) => e.id !== entry.id);
  list.unshift(entry);
  writeList(list);
}

function forget(id) {
  writeList(readList().filter((e) => e.id !== id));
}

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h.el('a', { href: url, download: name, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function exportList() {
  const body = { format: LIST_FORMAT, exportedAt: new Date().toISOString(), cases: readList() };
  download('meine-faelle.json', 'application/json', JSON.stringify(body, null, 2));
}

async function importList(file) {
  let imported = [];
  try {
    const body = JSON.parse(await file.text());
    const entries = Array.isArray(body) ? body : body && body.format === LIST_FORMAT ? body.cases : null;
    if (!Array.isArray(entries)) throw new Error('format');
    imported = entries.filter(valid).map((e) => ({ id: e.id, key: e.key, label: e.label, savedAt: e.savedAt || null }));
    if (entries.length && !imported.length) throw new Error('entries');
  } catch {
    status(t('cases.importFailed'), true);
    return;
  }
  const list = readList();
  for (const e of imported) {
    const i = list.findIndex((x) => x.id === e.id);
    if (i >= 0) list[i] = e; else list.push(e);
  }
  writeList(list);
  renderList();
  status(t('cases.imported', { n: imported.length, total: list.length }));
}

// ------------------------------------------------------------------------------------------------------- the API

async function call(method, path, { key, body, accept = 'application/json' } = {}) {
  const headers = { Accept: accept };
  if (key) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const r = await fetch(`/api/v1/cases${path}${path.includes('?') ? '&' : '?'}lang=${h.lang()}`,
      { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    let data = null;
    if (r.status !== 204) {
      data = accept === 'application/json' || !r.ok ? await r.json().catch(() => null) : await r.text();
    }
    return { ok: r.ok, status: r.status, data };
  } catch {
    return { ok: false, status: 0, data: null };
  }
}

function problem(res) {
  if (res.status === 404) return t('cases.notFound');
  if (res.status === 503 || res.status === 0) return t('cases.unavailable');
  const fields = res.data && Array.isArray(res.data.errors)
    ? res.data.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ') : '';
  const detail = res.data && res.data.detail ? res.data.detail : `HTTP ${res.status}`;
  return t('cases.error', { detail: fields ? `${detail} (${fields})` : detail });
}

function status(text, warn = false) {
  const s = $('cases-status');
  s.textContent = text;
  s.classList.toggle('warn', warn);
}

// ------------------------------------------------------------------------------------------ saving from a result

/** The "Fall speichern" control for the result toolbar: a button that opens a small form for the case's name. */
export function saveCaseControl(resp, req) {
  const { el } = h;
  const m = req.municipality || {};
  const suggestion = [m.name, resp.asOf].filter(Boolean).join(' – ');
  const input = el('input', { type: 'text', id: 'case-label', maxlength: '200', value: suggestion, 'aria-describedby': 'case-label-help' });
  const confirm = el('button', { type: 'button', class: 'primary', id: 'case-save-confirm', text: t('cases.saveConfirm') });
  const form = el('div', { class: 'case-save-form', id: 'case-save-form', hidden: true },
    el('div', { class: 'field' },
      el('label', { for: 'case-label', text: t('cases.saveLabel') }),
      el('p', { class: 'help', id: 'case-label-help', text: t('cases.saveHelp') }),
      el('div', { class: 'inline' }, input, confirm)));
  const open = el('button', { type: 'button', class: 'secondary', id: 'case-save', text: t('cases.save'), 'aria-expanded': 'false', 'aria-controls': 'case-save-form' });
  open.addEventListener('click', () => {
    form.hidden = !form.hidden;
    open.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) input.focus();
  });
  confirm.addEventListener('click', async () => {
    const label = input.value.trim() || suggestion || 'Fall';
    status(t('cases.saving'));
    const res = await call('POST', '', { body: { label, request: req } });
    if (!res.ok) { status(problem(res), true); return; }
    const entry = { id: res.data.id, key: res.data.accessKey, label: res.data.case.label, savedAt: res.data.case.createdAt };
    remember(entry);
    form.hidden = true;
    open.setAttribute('aria-expanded', 'false');
    renderList();
    current = { entry, data: res.data.case };
    renderCase();
    status(t('cases.saved', { label: entry.label }));
    $('case-heading').focus();
  });
  return el('div', { class: 'case-save' }, open, form);
}

// ------------------------------------------------------------------------------------------------ "Meine Fälle"

function renderList() {
  const { el } = h;
  const list = readList();
  const ul = $('cases-list');
  if (!list.length) {
    ul.replaceChildren(el('li', { class: 'empty', text: t('cases.none') }));
    return;
  }
  ul.replaceChildren(...list.map((e) => {
    const openBtn = el('button', { type: 'button', class: 'secondary', 'data-case': e.id, text: t('cases.open'), 'aria-label': `${t('cases.open')}: ${e.label}` });
    openBtn.addEventListener('click', () => openCase(e));
    const forgetBtn = el('button', { type: 'button', class: 'link', text: t('cases.forget'), 'aria-label': `${t('cases.forget')}: ${e.label}` });
    forgetBtn.addEventListener('click', () => {
      forget(e.id);
      if (current && current.entry.id === e.id) closeCase();
      renderList();
      status(t('cases.forgotten', { label: e.label }));
      $('cases-heading').focus();
    });
    return el('li', {}, el('span', { class: 'case-name', text: e.label }),
      e.savedAt ? el('span', { class: 'case-date', text: ` (${t('cases.savedAt', { date: h.fmtDate(e.savedAt) })})` }) : null,
      ' ', openBtn, ' ', forgetBtn);
  }));
}

async function openCase(entry) {
  status(t('cases.loading'));
  const res = await call('GET', `/${entry.id}`, { key: entry.key });
  if (!res.ok) { status(problem(res), true); return; }
  current = { entry, data: res.data };
  status('');
  renderCase();
  $('case-heading').focus();
}

function closeCase() {
  current = null;
  const v = $('case-view');
  v.replaceChildren();
  v.hidden = true;
}

// ---------------------------------------------------------------------------------------------------- one case

function renderCase() {
  const { el } = h;
  const c = current.data;
  const v = $('case-view');
  const button = (id, key, fn, cls = 'secondary') => {
    const b = el('button', { type: 'button', class: cls, id, text: t(key) });
    b.addEventListener('click', fn);
    return b;
  };
  v.replaceChildren(
    el('h3', { id: 'case-heading', tabindex: '-1', text: c.label }),
    el('dl', { class: 'result-meta' },
      el('dt', { text: t('cases.asOf') }), el('dd', { id: 'case-asof', text: h.fmtDate(c.evaluation.asOf) }),
      el('dt', { text: t('cases.version') }), el('dd', { text: c.evaluation.rulesetVersion }),
      el('dt', { text: t('cases.changedAt') }), el('dd', { text: h.fmtDate(c.changedAt) }),
      el('dt', { text: t('cases.deleteAfter') }), el('dd', { text: h.fmtDate(c.deleteAfter) })),
    el('div', { class: 'toolbar no-print' },
      button('case-changes', 'cases.changes', showChanges),
      button('case-reevaluate', 'cases.reevaluate', reevaluate),
      button('case-load-form', 'cases.loadForm', () => { h.fillForm(c.request); status(t('cases.formLoaded')); }),
      button('case-calendar', 'cases.calendar', () => fetchFile('calendar.ics', 'text/calendar', `fall-${c.id}.ics`)),
      button('case-export', 'cases.export', () => fetchFile('export', 'application/json', `fall-${c.id}.json`)),
      button('case-print', 'cases.print', () => window.print()),
      button('case-delete', 'cases.delete', deleteCase, 'secondary danger'),
      button('case-close', 'cases.close', () => { closeCase(); $('cases-heading').focus(); })),
    el('div', { id: 'case-changes-result' }),
    el('h4', { id: 'case-checklist-heading', text: t('cases.checklist') }),
    el('div', { class: 'table-wrap' }, el('table', { class: 'case-steps', 'aria-labelledby': 'case-checklist-heading' },
      el('thead', {}, el('tr', {}, ...['step', 'status', 'due', 'responsible', 'note', 'save']
        .map((k) => el('th', { scope: 'col', class: k === 'save' ? 'no-print' : null, text: t(`cases.col.${k}`) })))),
      el('tbody', {}, c.steps.map(stepRow)))));
  v.hidden = false;
}

const rowId = (s) => `case-step-${s.programId}-${s.stepId}`.replace(/[^A-Za-z0-9_.-]/g, '_');

function stepRow(s) {
  const { el } = h;
  const id = rowId(s);
  const title = s.title || s.stepId;
  const select = el('select', { id: `${id}-status`, 'aria-label': `${t('cases.col.status')}: ${title}` },
    ...STATUSES.map((v) => el('option', { value: v, text: t(`cases.stepStatus.${v}`) })));
  select.value = s.status;
  const due = el('input', { type: 'date', id: `${id}-due`, value: s.due || '', 'aria-label': `${t('cases.col.due')}: ${title}` });
  const responsible = el('input', { type: 'text', id: `${id}-responsible`, maxlength: '200', value: s.responsible || '', 'aria-label': `${t('cases.col.responsible')}: ${title}` });
  const note = el('textarea', { id: `${id}-note`, rows: '1', maxlength: '2000', 'aria-label': `${t('cases.col.note')}: ${title}` });
  note.value = s.note || '';
  const save = el('button', { type: 'button', class: 'secondary', id: `${id}-save`, text: t('cases.saveStep'), 'aria-label': `${t('cases.saveStep')}: ${title}` });
  save.addEventListener('click', () => saveStep(s, { status: select.value, due: due.value || null, responsible: responsible.value.trim() || null, note: note.value.trim() || null }));
  const printed = (text) => el('span', { class: 'print-only', text: text || '–' });
  return el('tr', { id, 'data-status': s.status },
    el('th', { scope: 'row' }, el('span', { class: 'step-title', text: title }),
      el('span', { class: 'step-program', text: ` · ${s.programId}${s.phase ? ` · ${t(`phase.${s.phase}`)}` : ''}` })),
    el('td', {}, select, printed(t(`cases.stepStatus.${s.status}`))),
    el('td', {}, due, printed(s.due ? h.fmtDate(s.due) : '')),
    el('td', {}, responsible, printed(s.responsible)),
    el('td', {}, note, printed(s.note)),
    el('td', { class: 'no-print' }, save));
}

async function saveStep(s, values) {
  const res = await call('PATCH', `/${current.entry.id}/steps`, { key: current.entry.key,
    body: { programId: s.programId, stepId: s.stepId, version: s.version, ...values } });
  const title = s.title || s.stepId;
  if (res.status === 409) {
    const fresh = await call('GET', `/${current.entry.id}`, { key: current.entry.key });
    if (fresh.ok) { current.data = fresh.data; renderCase(); }
    status(t('cases.conflict', { title }), true);
    $(`${rowId(s)}-status`)?.focus();
    return;
  }
  if (!res.ok) { status(problem(res), true); return; }
  const i = current.data.steps.findIndex((x) => x.programId === s.programId && x.stepId === s.stepId);
  current.data.steps[i] = res.data;
  const row = $(rowId(s));
  row.replaceWith(stepRow(res.data));
  status(t('cases.stepSaved', { title }));
  $(`${rowId(s)}-save`).focus();
}

async function showChanges() {
  const { el } = h;
  const res = await call('GET', `/${current.entry.id}/changes`, { key: current.entry.key });
  if (!res.ok) { status(problem(res), true); return; }
  const d = res.data;
  const box = $('case-changes-result');
  box.replaceChildren(
    el('h4', { id: 'case-changes-heading', tabindex: '-1', text: t('cases.changesHeading', { from: h.fmtDate(d.storedAsOf), to: h.fmtDate(d.asOf) }) }),
    d.changes.length
      ? el('ul', { class: 'case-changes' }, d.changes.map((c) => el('li', { 'data-kind': c.kind },
        el('strong', { text: t(`cases.kind.${c.kind}`) }), ' ',
        el('span', { class: 'step-program', text: [c.programId, c.stepId, c.date ? h.fmtDate(c.date) : null].filter(Boolean).join(' · ') }),
        c.old || c.new ? el('span', { text: ` (${c.old || '–'} → ${c.new || '–'})` }) : null,
        el('br'), el('span', { text: c.reason }))))
      : el('p', { text: t('cases.noChanges', { days: d.horizonDays }) }));
  $('case-changes-heading').focus();
}

async function reevaluate() {
  const { req, errors } = h.readRequest();
  if (errors.length) { status(errors.map((e) => `${e.field}: ${e.message}`).join('; '), true); return; }
  const res = await call('PUT', `/${current.entry.id}/request`, { key: current.entry.key, body: req });
  if (!res.ok) { status(problem(res), true); return; }
  current.data = res.data;
  renderCase();
  status(t('cases.reevaluated'));
  $('case-heading').focus();
}

async function fetchFile(path, type, name) {
  const res = await call('GET', `/${current.entry.id}/${path}`, { key: current.entry.key, accept: type });
  if (!res.ok) { status(problem(res), true); return; }
  download(name, type, typeof res.data === 'string' ? res.data : JSON.stringify(res.data, null, 2));
}

async function deleteCase() {
  const { entry } = current;
  if (!window.confirm(t('cases.deleteConfirm', { label: entry.label }))) return;
  const res = await call('DELETE', `/${entry.id}`, { key: entry.key });
  if (!res.ok && res.status !== 404) { status(problem(res), true); return; }
  forget(entry.id);
  closeCase();
  renderList();
  status(t('cases.deleted', { label: entry.label }));
  $('cases-heading').focus();
}

// ------------------------------------------------------------------------------------------------------- start

/** Called once by app.js with its helpers: t(key, vars), el(), lang(), readRequest(), fillForm(req), fmtDate(). */
export function initCases(helpers) {
  h = helpers;
  $('cases-export').addEventListener('click', exportList);
  $('cases-import').addEventListener('change', (ev) => {
    const file = ev.target.files && ev.target.files[0];
    if (file) importList(file);
    ev.target.value = '';
  });
  renderList();
}

/** After a language switch: texts anew; an open case is loaded again in the new language's labels. */
export function rerenderCases() {
  renderList();
  if (current) renderCase();
}
