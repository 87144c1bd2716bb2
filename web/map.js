// The nationwide map: one program's screen result (or the number of programs a municipality can use) for every
// municipality, drawn as points at the directory's centre coordinates on the Länder outline (BKG VG5000, served from
// /data/laender-bkg-vg5000-2021.geojson). SVG drawn by the page itself: no tile server, nothing from the internet.
// A table per Land is the alternative for screen readers and keyboards; a click on a point or a table link opens
// the advice for that municipality (URL fragment #r=…, read by app.js).
import { $, el, encodeRestore } from './dom.js';
import { ENUM_TEXTS, t as tr } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const COS_LAT = Math.cos((51.2 * Math.PI) / 180); // equirectangular, true to scale at Germany's middle latitude
const STATUSES = ['ELIGIBLE', 'NEEDS_INFO', 'NOT_ELIGIBLE'];
const BIN_COUNT = 5; // classes of the number of programs a municipality can use, equal widths over the data's range
const TABLE_LIMIT = 3000;

const view = { outline: null, data: null, box: null, bins: [] };
const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'de');
const t = (key, vars) => tr(lang(), key, vars);
const fmt = (n) => new Intl.NumberFormat(lang() === 'de' ? 'de-DE' : 'en-GB').format(n);
const svgEl = (tag, attrs = {}) => {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};

/** The class of a municipality's point: its status for one program, or its bin of usable programs. */
function classOf(m) {
  if (view.data.program) return `st-${m.status}`;
  return `bin-${view.bins.findIndex(([lo, hi]) => m.eligiblePrograms >= lo && m.eligiblePrograms <= hi)}`;
}

/** Equal-width classes between the smallest and the largest number of usable programs in the whole answer. */
function binsOf(points) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) { lo = Math.min(lo, p.eligiblePrograms); hi = Math.max(hi, p.eligiblePrograms); }
  if (!points.length) return [];
  const width = Math.max(1, Math.ceil((hi - lo + 1) / BIN_COUNT));
  const bins = [];
  for (let a = lo; a <= hi; a += width) bins.push([a, Math.min(hi, a + width - 1)]);
  return bins;
}

/** Legend entries with the number of points shown (the Land filter applies). */
function legendItems() {
  const shown = visible();
  if (view.data.program) {
    return STATUSES.map((s) => ({ cls: `st-${s}`, text: t(`status.${s}`), n: shown.filter((m) => m.status === s).length }));
  }
  return view.bins.map(([lo, hi], i) => ({
    cls: `bin-${i}`,
    text: lo === hi ? t('map.bin.one', { n: lo }) : t('map.bin', { lo, hi }),
    n: shown.filter((m) => m.eligiblePrograms >= lo && m.eligiblePrograms <= hi).length,
  }));
}

function project([lon, lat]) {
  return [lon * COS_LAT, -lat];
}

/** Bounding box of the outline in projected coordinates, once. */
function bounds(features) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    for (const poly of polygons(f.geometry)) for (const ring of poly) for (const c of ring) {
      const [x, y] = project(c);
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
  }
  return { x0, y0, scale: WIDTH / (x1 - x0), height: Math.ceil((WIDTH * (y1 - y0)) / (x1 - x0)) };
}

function polygons(g) {
  return g.type === 'MultiPolygon' ? g.coordinates : [g.coordinates];
}

function toScreen(lonLat) {
  const [x, y] = project(lonLat);
  return [((x - view.box.x0) * view.box.scale).toFixed(1), ((y - view.box.y0) * view.box.scale).toFixed(1)];
}

function outlinePath(feature) {
  return polygons(feature.geometry).map((poly) => poly.map((ring) => 'M' + ring.map((c) => toScreen(c).join(',')).join('L') + 'Z').join('')).join('');
}

function visible() {
  const land = $('map-state').value;
  return view.data.municipalities.filter((m) => !land || m.state === land);
}

function openAdvice(ags) {
  location.hash = `#r=${encodeRestore({ v: 1, lang: lang(), all: false, req: { asOf: view.data.asOf, municipality: { ags } } })}`;
  $('result')?.scrollIntoView?.();
}

function drawMap() {
  const svg = svgEl('svg', {
    viewBox: `0 0 ${WIDTH} ${view.box.height}`, role: 'img', class: 'map-svg',
    'aria-label': t('map.svgLabel', { what: whatLabel(), n: fmt(visible().length) }),
  });
  const land = $('map-state').value;
  const outline = svgEl('g', { class: 'map-outline' });
  for (const f of view.outline.features) {
    const code = f.properties.ARS;
    outline.append(svgEl('path', { d: outlinePath(f), class: land && STATE_CODES[code] === land ? 'map-land selected' : 'map-land' }));
  }
  svg.append(outline);
  const points = svgEl('g', { class: 'map-points' });
  for (const m of visible()) {
    if (m.lat == null || m.lon == null) continue;
    const [cx, cy] = toScreen([m.lon, m.lat]);
    const c = svgEl('circle', { cx, cy, r: land ? 2.4 : 1.6, class: classOf(m), 'data-ags': m.ags });
    c.append(svgEl('title'));
    c.firstChild.textContent = `${m.name} (${m.ags})`;
    points.append(c);
  }
  points.addEventListener('click', (ev) => {
    const ags = ev.target.getAttribute?.('data-ags');
    if (ags) openAdvice(ags);
  });
  svg.append(points);
  $('map-canvas').replaceChildren(svg);
}

function whatLabel() {
  return view.data.program ? view.data.program.name : t('map.measure.count');
}

function drawLegend() {
  $('map-legend').replaceChildren(
    el('p', { class: 'map-legend-title', text: whatLabel() }),
    el('ul', { class: 'map-legend' }, legendItems().map((i) => el('li', {},
      el('span', { class: `swatch ${i.cls}`, 'aria-hidden': 'true' }), `${i.text}: ${fmt(i.n)}`))),
  );
}

function drawTable() {
  const land = $('map-state').value;
  const rows = visible();
  const caption = el('caption', { text: t(land ? 'map.table.caption' : 'map.table.captionAll', { what: whatLabel(), n: fmt(rows.length) }) });
  const head = el('tr', {}, [t('map.col.name'), t('map.col.ags'), t('map.col.state'),
    view.data.program ? t('map.col.status') : t('map.col.count'), t('map.col.open')].map((h) => el('th', { scope: 'col', text: h })));
  const shown = rows.slice().sort((a, b) => a.name.localeCompare(b.name, lang())).slice(0, TABLE_LIMIT);
  const body = shown.map((m) => el('tr', {},
    el('th', { scope: 'row', text: m.name }), el('td', { text: m.ags }), el('td', { text: ENUM_TEXTS[lang()].Land?.[m.state] || m.state }),
    el('td', { text: view.data.program ? t(`status.${m.status}`) : fmt(m.eligiblePrograms) }),
    el('td', {}, el('a', { href: '#', 'data-ags': m.ags, text: t('map.openAdvice', { name: m.name }) }))));
  const more = rows.length > shown.length ? el('p', { class: 'help', text: t('map.table.more', { n: fmt(shown.length) }) }) : null;
  $('map-table').replaceChildren(el('details', { id: 'map-table-details' },
    el('summary', { text: t('map.table.summary') }),
    el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('map.table.summary') }, el('table', { class: 'map-table' }, caption, el('thead', {}, head), el('tbody', {}, body))), more));
}

async function loadOutline() {
  if (!view.outline) {
    const r = await fetch('/data/laender-bkg-vg5000-2021.geojson');
    if (!r.ok) throw new Error(`outline ${r.status}`);
    view.outline = await r.json();
    view.box = bounds(view.outline.features);
  }
}

async function show() {
  const status = $('map-status');
  status.textContent = t('map.loading');
  const params = new URLSearchParams({ lang: lang() });
  if ($('map-asOf').value) params.set('asOf', $('map-asOf').value);
  if ($('map-program').value) params.set('program', $('map-program').value);
  try {
    await loadOutline();
    const r = await fetch(`/api/v1/map?${params}`);
    if (!r.ok) {
      const p = await r.json().catch(() => ({}));
      status.textContent = t('map.failed', { detail: p.detail || r.status });
      return;
    }
    view.data = await r.json();
    view.bins = binsOf(view.data.municipalities);
    render();
    status.textContent = t('map.shown', { what: whatLabel(), n: fmt(visible().length) });
  } catch (e) {
    status.textContent = t('map.failed', { detail: e.message });
  }
}

function render() {
  if (!view.data) return;
  drawMap();
  drawLegend();
  drawTable();
  const d = view.data.directory || {};
  $('map-attribution').replaceChildren(
    t('map.attribution.geo'), ' ', el('a', { href: 'https://www.bkg.bund.de', text: '© GeoBasis-DE / BKG 2021 (Daten verändert)' }),
    '. ', d.attribution ? `${d.attribution}${d.referenceDate ? ` (${t('map.referenceDate')} ${d.referenceDate})` : ''}.` : '');
}

async function fillPrograms() {
  const sel = $('map-program');
  const keep = sel.value;
  const r = await fetch(`/api/v1/programs?lang=${lang()}`).catch(() => null);
  const programs = r && r.ok ? await r.json() : [];
  const list = Array.isArray(programs) ? programs : [];
  sel.replaceChildren(el('option', { value: '', text: t('map.measure.count') }),
    ...list.map((p) => el('option', { value: p.id, text: `${p.name} (${p.id})` })));
  sel.value = keep;
}

function fillStates() {
  const sel = $('map-state');
  const keep = sel.value;
  const names = ENUM_TEXTS[lang()].Land || {};
  sel.replaceChildren(el('option', { value: '', text: t('map.allStates') }),
    ...Object.keys(names).map((code) => el('option', { value: code, text: names[code] })));
  sel.value = keep;
}

// Land codes of the BKG keys (ARS): the outline's first two digits are the AGS' Land number.
const STATE_CODES = { '01': 'SH', '02': 'HH', '03': 'NI', '04': 'HB', '05': 'NW', '06': 'HE', '07': 'RP', '08': 'BW',
  '09': 'BY', '10': 'SL', '11': 'BE', '12': 'BB', '13': 'MV', '14': 'SN', '15': 'ST', '16': 'TH' };

function init() {
  if (!$('map-view')) return;
  fillStates();
  fillPrograms();
  $('map-show').addEventListener('click', show);
  $('map-state').addEventListener('change', () => { if (view.data) { render(); $('map-status').textContent = t('map.shown', { what: whatLabel(), n: fmt(visible().length) }); } });
  $('map-table').addEventListener('click', (ev) => {
    const a = ev.target.closest('a[data-ags]');
    if (a) { ev.preventDefault(); openAdvice(a.getAttribute('data-ags')); }
  });
  // app.js switches the language by setting <html lang>: texts drawn here follow
  new MutationObserver(() => { fillStates(); fillPrograms(); render(); })
    .observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

init();
