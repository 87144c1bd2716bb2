// The "Zuordnung" view (issue 15): a matching request (pledges and households as JSON, typed or loaded from a file)
// goes to POST /api/v1/matching; the proposal is shown as a table with the reasons per household, the key fallback,
// the comparison with the key alone, and buttons to lock or forbid a pair and compute again. The page decides
// nothing: every reason, point and fallback comes from the API. German first; texts in i18n.js.
import { $, el } from './dom.js';
import { t as tr } from './i18n.js';

const view = { answer: null, locked: [], forbidden: [] };
const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'de');
const t = (key, vars) => tr(lang(), key, vars);
const pairKey = (p) => `${p[0]}\u0000${p[1]}`;

/** The request in the text area with the locked and forbidden pairs of this view; null when it is not JSON. */
function request() {
  let body;
  try {
    body = JSON.parse($('match-input').value);
  } catch (e) {
    return null;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  body.options = { ...(body.options || {}) };
  const locked = [...(body.options.locked || []), ...view.locked];
  const forbidden = [...(body.options.forbidden || []), ...view.forbidden];
  body.options.locked = [...new Map(locked.map((p) => [pairKey(p), p])).values()];
  body.options.forbidden = [...new Map(forbidden.map((p) => [pairKey(p), p])).values()];
  // a cap: the solver's phases are bounded by counts (a small cohort takes well under a second)
  if (body.options.timeLimitSeconds === undefined) body.options.timeLimitSeconds = 30;
  return body;
}

async function compute() {
  const status = $('match-status');
  const body = request();
  if (!body) {
    status.textContent = t('match.notJson');
    $('match-input').setAttribute('aria-invalid', 'true');
    $('match-input').focus();
    return;
  }
  $('match-input').removeAttribute('aria-invalid');
  status.textContent = t('match.running');
  $('match-run').disabled = true;
  try {
    const r = await fetch(`/api/v1/matching?lang=${lang()}`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    const answer = await r.json();
    if (!r.ok) {
      view.answer = null;
      render();
      const errors = (answer.errors || []).map((e) => `${e.field || t('match.body')}: ${e.message}`);
      status.textContent = `${answer.detail || answer.title} ${errors.slice(0, 5).join(' · ')}`;
      return;
    }
    view.answer = answer;
    render();
    status.textContent = t('match.done', { n: answer.summary.householdsWithPledge, total: answer.summary.households,
      fallback: answer.summary.fallback });
  } catch (e) {
    status.textContent = t('match.failed');
  } finally {
    $('match-run').disabled = false;
  }
}

function reasonList(a) {
  // texts and legal bases are in the answer once per criterion (answer.criteria), the reasons refer to them
  const criteria = (view.answer && view.answer.criteria) || {};
  const items = a.reasons.map((r) => {
    const c = criteria[r.criterion] || {};
    const text = (c.texts || {})[r.status];
    const basis = ((c.bases || [])[r.basis] || {}).legalBasis;
    return el('li', { class: `crit st-${r.status}` },
      el('span', { class: 'badge', text: t(`match.status.${r.status}`) }), ' ', text || r.criterion,
      r.points ? el('span', { class: 'points', text: ` (${r.points > 0 ? '+' : ''}${r.points})` }) : null,
      basis ? el('span', { class: 'help', text: ` – ${basis}` }) : null);
  });
  const parts = [];
  if (a.fallback) {
    const where = [a.fallback.land, a.fallback.unitName].filter(Boolean).join(', ');
    parts.push(el('p', { text: t('match.fallbackTo', { where: where || t('match.noKey'), method: t(`match.method.${a.fallback.method}`) }) }));
    parts.push(el('p', { class: 'help', text: a.fallback.reason }));
  }
  if (items.length) parts.push(el('ul', { class: 'reasons' }, items));
  if (a.concerns.length) parts.push(el('p', { class: 'concerns', text: `${t('match.concerns')}: ${a.concerns.join(' ')}` }));
  if (a.alternatives.length) {
    parts.push(el('p', { text: `${t('match.alternatives')}: ${a.alternatives.map((x) =>
      t('match.alternative', { id: x.pledgeId, fit: x.fit, left: x.placesLeft })).join('; ')}` }));
  }
  return el('details', {}, el('summary', { text: t('match.reasons', { id: a.householdId }) }), ...parts);
}

function row(a) {
  const lockedHere = a.pledgeId && view.locked.some((p) => p[0] === a.householdId && p[1] === a.pledgeId);
  const actions = a.pledgeId ? [
    el('button', { type: 'button', class: 'secondary', 'data-act': lockedHere ? 'unlock' : 'lock',
      'data-h': a.householdId, 'data-p': a.pledgeId,
      'aria-label': t(lockedHere ? 'match.unlockLabel' : 'match.lockLabel', { h: a.householdId, p: a.pledgeId }),
      text: t(lockedHere ? 'match.unlock' : 'match.lock') }),
    el('button', { type: 'button', class: 'secondary', 'data-act': 'forbid', 'data-h': a.householdId,
      'data-p': a.pledgeId, 'aria-label': t('match.forbidLabel', { h: a.householdId, p: a.pledgeId }),
      text: t('match.forbid') }),
  ] : [];
  return el('tr', { id: `match-row-${a.householdId}` },
    el('th', { scope: 'row', text: a.householdId }),
    el('td', { text: String(a.size) }),
    el('td', { text: a.pledgeId || t('match.byKey') }),
    el('td', { text: a.dwellingId || '–' }),
    el('td', { class: 'num', text: a.fit === null ? '–' : String(a.fit) }),
    el('td', {}, reasonList(a)),
    el('td', { class: 'actions' }, actions));
}

function comparison(ans) {
  const m = ans.proposalMetrics;
  const b = ans.baseline.metrics;
  const line = (key, x, y) => el('tr', {}, el('th', { scope: 'row', text: t(key) }), el('td', { class: 'num', text: x }),
    el('td', { class: 'num', text: y }));
  const pct = (v) => `${Math.round(v * 1000) / 10} %`;
  return el('table', { class: 'match-compare' },
    el('caption', { text: t('match.compare') }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: '' }), el('th', { scope: 'col', text: t('match.proposal') }),
      el('th', { scope: 'col', text: t('match.keyAlone') }))),
    el('tbody', {},
      line('match.totalFit', String(m.totalFit), String(b.totalFit)),
      line('match.violations', String(m.knockOutViolations), String(b.knockOutViolations)),
      line('match.sponsorShare', pct(m.shareWithSponsorGroup), pct(b.shareWithSponsorGroup)),
      line('match.placesUsed', pct(m.sharePledgedPlacesUsed), pct(b.sharePledgedPlacesUsed))));
}

function render() {
  const out = $('match-result');
  out.replaceChildren();
  renderPairs();
  const ans = view.answer;
  if (!ans) return;
  out.append(
    el('p', { class: 'notice', text: ans.notice }),
    el('p', { text: t('match.summary', { fit: ans.summary.totalFit, bound: ans.summary.upperBound, gap: ans.summary.gapPct }) }),
    el('table', { class: 'match-table' },
      el('caption', { text: t('match.tableCaption', { n: ans.assignments.length }) }),
      el('thead', {}, el('tr', {}, ...['household', 'size', 'pledge', 'dwelling', 'fit', 'why', 'actions']
        .map((k) => el('th', { scope: 'col', text: t(`match.col.${k}`) })))),
      el('tbody', {}, ans.assignments.map(row))),
    comparison(ans),
    el('details', {}, el('summary', { text: t('match.method') }), el('ul', {}, ans.method.map((x) => el('li', { text: x }))),
      el('p', { class: 'help', text: t('match.settings', { version: ans.rulesetVersion, solver: ans.solver.solver,
        seconds: ans.solver.timeLimitSeconds, key: ans.key.year ?? '–' }) })));
}

function renderPairs() {
  const list = $('match-pairs');
  list.replaceChildren();
  const items = [
    ...view.locked.map((p) => ({ p, kind: 'locked' })),
    ...view.forbidden.map((p) => ({ p, kind: 'forbidden' })),
  ].map(({ p, kind }) => el('li', {}, t(`match.pair.${kind}`, { h: p[0], p: p[1] }), ' ',
    el('button', { type: 'button', class: 'link', 'data-act': `remove-${kind}`, 'data-h': p[0], 'data-p': p[1],
      text: t('match.remove'), 'aria-label': t('match.removeLabel', { h: p[0], p: p[1] }) })));
  list.append(...items);
  $('match-pairs-heading').hidden = items.length === 0;
}

function onAction(ev) {
  const b = ev.target.closest('button[data-act]');
  if (!b) return;
  const pair = [b.getAttribute('data-h'), b.getAttribute('data-p')];
  const same = (p) => p[0] === pair[0] && p[1] === pair[1];
  const act = b.getAttribute('data-act');
  if (act === 'lock') view.locked = [...view.locked.filter((p) => p[0] !== pair[0]), pair];
  if (act === 'unlock' || act === 'remove-locked') view.locked = view.locked.filter((p) => !same(p));
  if (act === 'forbid') {
    view.forbidden = [...view.forbidden.filter((p) => !same(p)), pair];
    view.locked = view.locked.filter((p) => !same(p));
  }
  if (act === 'remove-forbidden') view.forbidden = view.forbidden.filter((p) => !same(p));
  renderPairs();
  $('match-status').textContent = t('match.pairsChanged');
}

function loadFile(ev) {
  const file = ev.target.files && ev.target.files[0];
  if (!file) return;
  file.text().then((text) => {
    $('match-input').value = text;
    view.locked = [];
    view.forbidden = [];
    renderPairs();
    $('match-status').textContent = t('match.loaded', { name: file.name });
  });
}

function init() {
  if (!$('matching-view')) return;
  $('match-run').addEventListener('click', compute);
  $('match-file').addEventListener('change', loadFile);
  $('match-result').addEventListener('click', onAction);
  $('match-pairs').addEventListener('click', onAction);
  // app.js switches the language by setting <html lang>: texts drawn here follow
  new MutationObserver(() => render()).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

init();
