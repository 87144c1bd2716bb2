// What every part of the advice view shares: the page state (one mutable object, the same for every module), the
// text lookup in the page's language and the number, money, date and label formats.
import { ENUM_TEXTS, FIELD_TEXTS, t as tr } from './i18n.js';

export const state = {
  lang: 'de',
  lastResponse: null,
  scenarioA: null,
  extra: {}, // answers to questions for fields the form has no input for: path → value
  ruleset: null,
};

export const t = (key, vars) => tr(state.lang, key, vars);
export const CATEGORIES = ['SPONSORSHIP', 'ADMISSION', 'FUNDING'];
export const PHASES = ['PREPARATION', 'APPLICATION', 'BEFORE_ARRIVAL', 'ARRIVAL', 'FIRST_YEAR', 'FOLLOW_UP'];

export const locale = () => (state.lang === 'de' ? 'de-DE' : 'en-GB');
export const fmtNumber = (n) => new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(n);
export const fmtEur = (n) => new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(n);
export function fmtDate(iso) {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? iso + 'T00:00:00Z' : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: iso.length === 10 ? 'UTC' : undefined }).format(d);
}
export const fieldLabel = (path) => (FIELD_TEXTS[state.lang][path.replace(/\[\d+\]/g, '')] || [path])[0];
export const enumLabel = (enumName, v) => (ENUM_TEXTS[state.lang][enumName] || {})[v] ?? String(v);
