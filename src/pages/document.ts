import { html, raw, type SafeHtml } from './html.js';
import { PAGE_STYLE } from './page-style.js';

/** What every recipient page is made of. */
export interface DocumentParts {
  /** The CSP nonce the route sends (`style-src 'nonce-…'; script-src 'nonce-…'`). */
  nonce: string;
  /** The page's language (`html lang`), a shipped locale. */
  lang: string;
  title: string;
  body: SafeHtml;
  /** A trusted script constant from this folder, inlined under the nonce; none when omitted. */
  script?: string;
}

/**
 * A complete HTML document: one inline style and at most one inline script, both under the
 * nonce, no external resources. `noindex` and `no-referrer` because the URL carries a token.
 */
export function renderDocument({ nonce, lang, title, body, script }: DocumentParts): string {
  const tail = script === undefined ? '' : html`<script nonce="${nonce}">${raw(script)}</script>`;
  return `<!doctype html>\n${html`<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><meta name="referrer" content="no-referrer"><meta name="color-scheme" content="light dark"><title>${title}</title><style nonce="${nonce}">${raw(PAGE_STYLE)}</style></head><body>${body}${tail}</body></html>`}\n`;
}
