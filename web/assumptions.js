// The answer's assumptions (resp.assumptions): what the rules took for a field the request left empty, why (text
// from the API, in the page's language), which programs relied on it, and a way to change it: a choice of the
// field's values that fills the form's input and asks again. Nothing is decided here; the page only shows it.

/**
 * Renders the assumptions block, or null when the answer assumed nothing.
 * ctx: { el, t, enums, enumLabel, fieldFor, fieldLabel, apply(path, def, value) } from result.js.
 */
export function renderAssumptions(resp, ctx) {
  const list = resp.assumptions || [];
  if (!list.length) return null;
  const { el, t } = ctx;
  return el('section', { class: 'assumptions', id: 'assumptions', 'aria-labelledby': 'assumptions-heading' },
    el('h3', { id: 'assumptions-heading', text: t('assumptions.heading') }),
    el('ul', { class: 'assumption-list' }, list.map((a, i) => renderAssumption(a, i, ctx))));
}

function renderAssumption(a, i, ctx) {
  const { el, t, enumLabel, fieldFor, fieldLabel } = ctx;
  const def = fieldFor(a.field);
  const id = `assumption-${i}`;
  const shown = def && def.kind === 'enum' ? enumLabel(def.values, a.value) : a.value;
  const item = el('li', { class: 'assumption', 'data-field': a.field },
    el('p', { class: 'assumption-value', id: `${id}-value` },
      el('strong', { text: t('assumptions.value', { field: fieldLabel(a.field), value: shown }) })),
    el('p', { class: 'assumption-text', text: a.text }),
    el('p', { class: 'help', text: t('assumptions.programs', { n: a.programs.length }) }));
  if (!def || def.kind !== 'enum') return item;
  const select = el('select', { id: `${id}-select`, 'aria-describedby': `${id}-value` },
    ctx.enums[def.values].map((v) => el('option', { value: v, text: enumLabel(def.values, v), selected: v === a.value })));
  const button = el('button', { type: 'button', class: 'secondary', id: `${id}-apply`, text: t('assumptions.apply') });
  button.addEventListener('click', () => ctx.apply(a.field, def, select.value));
  item.append(el('div', { class: 'field inline-field no-print' },
    el('label', { for: `${id}-select`, text: t('assumptions.change', { field: fieldLabel(a.field) }) }),
    el('div', { class: 'inline' }, select, button)));
  return item;
}
