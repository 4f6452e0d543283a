import { isAccentColor } from '../domain/branding.js';
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
  /** The company's name, logo and accent above the page; none: no header (the invalid-link page). */
  brand?: PageBrand | undefined;
}

/** The company as a recipient page shows it: its logo (else its name) and its accent colour. */
export interface PageBrand {
  companyName: string;
  brand: { logoUrl: string | null; accentColor: string | null };
}

// The logo sits on white in both schemes: a dark logo on a transparent ground stays visible.
function header({ companyName, brand }: PageBrand): SafeHtml {
  if (!brand.logoUrl) return html`<header><p>${companyName}</p></header>`;
  return html`<header><p><img class="logo" src="${brand.logoUrl}" alt="${companyName}" height="40"></p></header>`;
}

// The admin's accent (validated #rrggbb, at least 4.5:1 on the light backgrounds) in the light
// scheme; the dark scheme keeps its own light accent, which a brand's dark shade would not match.
function accentStyle(brand: PageBrand | undefined): string {
  const accent = brand?.brand.accentColor;
  if (!isAccentColor(accent)) return '';
  return `@media not (prefers-color-scheme:dark){:root{--accent:${accent}}}`;
}

/**
 * A complete HTML document: one inline style and at most one inline script, both under the
 * nonce; no other resource but the company logo, on PUBLIC_URL. `noindex` and `no-referrer` because the URL carries a token.
 */
export function renderDocument(parts: DocumentParts): string {
  const { nonce, lang, title, script, brand } = parts;
  const body = brand ? html`${header(brand)}${parts.body}` : parts.body;
  const style = PAGE_STYLE + accentStyle(brand);
  const tail = script === undefined ? '' : html`<script nonce="${nonce}">${raw(script)}</script>`;
  return `<!doctype html>\n${html`<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><meta name="referrer" content="no-referrer"><meta name="color-scheme" content="light dark"><title>${title}</title><style nonce="${nonce}">${raw(style)}</style></head><body>${body}${tail}</body></html>`}\n`;
}
