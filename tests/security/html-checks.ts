/**
 * Checks that HTML built from user input holds nothing executable: the email bodies (the
 * template allow-list) and the recipient page (its own markup, under its CSP nonce). A tiny tag
 * scanner is enough, because escaped text never contains a raw `<`: every tag in the output
 * was written by Convene or let through by its sanitizer, and each is judged here.
 */

const DANGEROUS_URL = /^(?:javascript|vbscript|livescript|data|file):/;
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'background',
  'poster',
  'data',
  'srcset',
]);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)([^>]*)>/g;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** What markup an output may contain. */
export interface MarkupRules {
  tags: ReadonlySet<string>;
  attributes: ReadonlySet<string>;
  /** Tags that may appear at most this many times (the page's own head, script and style). */
  maxCount?: Readonly<Record<string, number>>;
}

/** The email bodies: the template allow-list and nothing else. */
export const EMAIL_MARKUP: MarkupRules = {
  tags: new Set('p br h1 h2 h3 h4 strong b em i u ul ol li a blockquote'.split(' ')),
  attributes: new Set(['href', 'rel']),
};

/** The recipient page's own markup (src/pages): one style, one script, five metas. */
export const PAGE_MARKUP: MarkupRules = {
  tags: new Set(
    'html head meta title style body header p main h1 h2 section dl dt dd time a ul li span br footer form button details summary label textarea script'.split(
      ' ',
    ),
  ),
  attributes: new Set(
    'lang charset name content class id role aria-labelledby aria-label aria-describedby datetime data-end data-zone data-local href download rel method action type for maxlength rows nonce'.split(
      ' ',
    ),
  ),
  maxCount: { html: 1, head: 1, body: 1, title: 1, meta: 5, style: 1, script: 1, textarea: 1 },
};

/** Nothing executable: only allowed tags and attributes, no handler, no script URL. */
export function markupProblems(html: string, rules: MarkupRules): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  const special = /<[!?](?!doctype html>)/i.exec(html);
  if (special) problems.push(`markup declaration ${html.slice(special.index, special.index + 40)}`);
  for (const [tag, closing, rawName = '', rest = ''] of html.matchAll(TAG)) {
    const name = rawName.toLowerCase();
    if (!rules.tags.has(name)) problems.push(`tag <${name}> in ${tag.slice(0, 80)}`);
    if (closing) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    for (const [, rawAttribute = '', double, single, bare] of rest.matchAll(ATTRIBUTE)) {
      const attribute = rawAttribute.toLowerCase();
      if (attribute === '/') continue;
      if (/^on/.test(attribute) || !rules.attributes.has(attribute)) {
        problems.push(`attribute ${attribute} in ${tag.slice(0, 80)}`);
      }
      const value = decodeEntities(double ?? single ?? bare ?? '');
      if (URL_ATTRIBUTES.has(attribute) && !isSafeUrl(value)) {
        problems.push(`${attribute}="${value.slice(0, 60)}" in ${tag.slice(0, 80)}`);
      }
    }
  }
  for (const [name, max] of Object.entries(rules.maxCount ?? {})) {
    if ((counts.get(name) ?? 0) > max) problems.push(`${counts.get(name)} <${name}> elements`);
  }
  return problems;
}

// What a browser does to an attribute value before it reads the scheme.
function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function isSafeUrl(value: string): boolean {
  const squeezed = value.replace(/[\p{Cc} ]/gu, '').toLowerCase();
  if (DANGEROUS_URL.test(squeezed)) return false;
  return /^(?:https?:\/\/|mailto:|\/(?!\/))/.test(squeezed);
}

/** A recipient page: its CSP nonce on its only style and script, nothing else executable. */
export function pageProblems(
  page: { headers: Record<string, unknown>; body: string },
  ownScript?: string,
): string[] {
  const csp = String(page.headers['content-security-policy'] ?? '');
  const problems: string[] = [];
  const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
  if (!/^default-src 'none'/.test(csp) || !nonce) problems.push(`CSP "${csp}"`);
  if (page.headers['x-content-type-options'] !== 'nosniff') problems.push('no nosniff');
  const scripts = page.body.match(/<script[^>]*>/gi) ?? [];
  if (scripts.some((s) => s !== `<script nonce="${nonce}">`)) {
    problems.push(`scripts ${scripts.join(' ')}`);
  }
  if (ownScript !== undefined && scripts.length === 1) {
    const inline = /<script nonce="[^"]*">([\s\S]*?)<\/script>/.exec(page.body)?.[1];
    if (inline !== ownScript) problems.push('the inline script is not the page’s own');
  }
  const styles = page.body.match(/<style[^>]*>/gi) ?? [];
  if (styles.some((s) => s !== `<style nonce="${nonce}">`)) problems.push(`styles ${styles}`);
  // The page's own style and script are trusted constants: only the markup around them is scanned.
  const markup = page.body
    .replace(/(<style[^>]*>)[\s\S]*?(<\/style>)/i, '$1$2')
    .replace(/(<script[^>]*>)[\s\S]*?(<\/script>)/i, '$1$2');
  return [...problems, ...markupProblems(markup, PAGE_MARKUP)];
}

/** An HTML text node as the page writes it, to find a value shown as text. */
export function escapeText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
