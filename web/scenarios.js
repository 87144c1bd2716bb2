// Scenarios: keep the form as scenario A, compare it with the form now (B) or with a preset change, and show which
// inputs, program statuses, obligations and steps differ (the changed programs first).
import { fieldFor, inputId } from './fields.js';
import { $, el } from './dom.js';
import { fieldLabel, enumLabel, fmtNumber, state, t } from './page.js';
import { parseValue, readRequest, setInput } from './form.js';
import { clearErrors, showFieldErrors, showGeneralError } from './errors.js';
import { postAdvice, problemText } from './api.js';
import { badge } from './program.js';

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

export function keepScenarioA() {
  clearErrors();
  const { req, errors } = readRequest();
  if (errors.length) { showFieldErrors(errors); return false; }
  state.scenarioA = req;
  $('scen-status').textContent = t('scen.kept');
  return true;
}

export async function compareScenarios() {
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

export async function applyPreset(name) {
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
