// POST /api/v1/advice for the advice view and the scenario comparison, and the plain text for a failed call.
import { state, t } from './page.js';

export async function postAdvice(req, includeAll, lang = state.lang) {
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

export function problemText(res) {
  if (res.status === 0) return t('err.network');
  if (res.status === 503) return t('err.unavailable');
  if (res.status === 413) return t('err.tooLarge');
  const detail = res.body && typeof res.body.detail === 'string' ? res.body.detail : '';
  return t('err.general', { detail }).trim();
}
