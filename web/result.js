// The advice result: heading and meta (restore link, as-of date, print, save case), assumptions, overview table,
// programs per category, checklist by phase, recommendations and experiences. app.js hands in runAdvice and restoreUrl.
import { ENUMS, fieldFor } from './fields.js';
import { $, el } from './dom.js';
import { renderAssumptions } from './assumptions.js';
import { saveCaseControl } from './cases.js';
import { CATEGORIES, PHASES, enumLabel, fieldLabel, fmtDate, t } from './page.js';
import { setInput } from './form.js';
import { openAncestors } from './errors.js';
import { badge, basis, renderProgram, sourceLink } from './program.js';

const isVerify = (s) => /zu prüfen|to verify|nicht bestätigt|unconfirmed/i.test(s || '');

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

/** Shows the answer in #result; runAdvice and restoreUrl come from app.js (asking again, the restore link). */
export function renderResult(resp, req, includeAll, { runAdvice, restoreUrl }) {
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
      el('h3', { id: `cat-${cat}`, text: t(`cat.${cat}`) }), shown.map((p) => renderProgram(p, req, runAdvice)),
      not.length ? el('details', { class: 'not-eligible', id: `not-eligible-${cat}` },
        el('summary', { text: t('result.notEligibleGroup', { n: not.length }) }), not.map((p) => renderProgram(p, req, runAdvice))) : null));
  }
  children.push(renderChecklist(resp));
  children.push(renderAdviceList(resp.recommendations, 'recommendations.heading', 'rec-heading'));
  children.push(renderAdviceList(resp.experiences, 'experiences.heading', 'exp-heading'));
  sec.replaceChildren(...children.filter(Boolean));
  sec.hidden = false;
}
