// The page: form → POST /api/v1/advice → result; open questions answered in place; scenarios A/B; print view;
// a link (URL fragment) that restores the same inputs. No framework, no build step, no inline script.
// This module runs an advice, keeps the URL fragment, switches the language and starts the page; the parts of the
// advice view sit in page.js (state, formats), form.js, errors.js, api.js, result.js + program.js, scenarios.js, search.js.
import { LANGS } from './i18n.js';
import { ENUMS } from './fields.js';
import { $, el, encodeRestore } from './dom.js';
import { initCases, rerenderCases } from './cases.js';
import { fmtDate, enumLabel, state, t } from './page.js';
import { addHousehold, buildGroups, fillForm, readRequest, rebuildForm, removeHousehold, updateFilledCounts } from './form.js';
import { clearErrors, openAncestors, showFieldErrors, showGeneralError } from './errors.js';
import { postAdvice, problemText } from './api.js';
import { renderResult } from './result.js';
import { applyPreset, compareScenarios, keepScenarioA } from './scenarios.js';
import { searchMunicipalities } from './search.js';

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
  renderResult(res.body, req, includeAll, { runAdvice, restoreUrl });
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
