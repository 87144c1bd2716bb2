// Municipality search: GET /api/v1/municipalities by name (and Land), a list of hits, and "take" filling the
// municipality's inputs of the form from the hit.
import { ENUMS, fieldFor, inputId } from './fields.js';
import { $, el } from './dom.js';
import { enumLabel, fmtNumber, t } from './page.js';
import { setInput } from './form.js';

export async function searchMunicipalities() {
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
