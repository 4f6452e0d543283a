import type { Template } from 'liquidjs';
import { liquid } from './template-engine.js';
import { htmlToText, sanitizeRenderedHtml, sanitizeTemplateHtml } from './template-html.js';
import { validateTemplate } from './template-syntax.js';
import { TEMPLATE_TOKENS, type TokenValues } from './template-tokens.js';

export interface RenderTemplateOptions {
  subject: string;
  /** The template's HTML body, as stored (it is sanitized again here regardless). */
  body: string;
  /** Plain-text values for one recipient, from buildTokenValues. */
  values: TokenValues;
}

/** One recipient's message: what the email, the preview and the text part all show. */
export interface RenderedMessage {
  /** One line, no control characters: safe to put in a mail header. */
  subject: string;
  html: string;
  text: string;
}

/**
 * Renders a template for one recipient. The email, the preview and the text/plain part all come
 * from this one call, so they cannot disagree; the text is derived from the final HTML.
 */
export function renderTemplate({ subject, body, values }: RenderTemplateOptions): RenderedMessage {
  const compiled = compileTemplate(subject, body);
  const html = judgeLinks(liquid.renderSync(compiled.body, scope(values, toHtml)));
  return {
    subject: toHeaderText(liquid.renderSync(compiled.subject, scope(values, String))),
    html,
    text: htmlToText(html),
  };
}

// sanitize-html writes each tag's attributes double-quoted and escaped, and every substituted
// value is escaped (toHtml), so in a rendered body an `<a …>` tag is exactly what these see.
const LINK_TAG = /<a\b[^>]*>/gi;
const HREF = /\shref="([^"]*)"/i;
const SAFE_TARGET = /^(?:https?|mailto):/i;

/**
 * The second pass over a rendered body. Templates are sanitized and may hold nothing but
 * `{{ token }}` outputs (no tags, no filters), and values are escaped, so rendering cannot add
 * markup: the one thing a value can change is where a link points (`href="{{ … }}"`). When every
 * link plainly starts with an allowed scheme, sanitizing again would keep the same markup and is
 * skipped (it is most of a message's rendering time); anything else gets the full pass, which
 * drops the link and keeps its text.
 */
function judgeLinks(html: string): string {
  for (const [tag] of html.matchAll(LINK_TAG)) {
    const href = HREF.exec(tag)?.[1];
    if (href === undefined || !SAFE_TARGET.test(href)) return sanitizeRenderedHtml(html);
  }
  return html;
}

interface CompiledTemplate {
  subject: Template[];
  body: Template[];
}

// A send renders the same two templates for every recipient: sanitizing, validating and parsing
// them once instead of per message is most of a bulk send's template cost. Parsed templates are
// immutable, so they are shared; the cache is bounded and starts over when full.
const compiledTemplates = new Map<string, CompiledTemplate>();
const MAX_COMPILED = 200;

function compileTemplate(subject: string, body: string): CompiledTemplate {
  const key = `${subject}\u0000${body}`;
  const known = compiledTemplates.get(key);
  if (known) return known;
  // Validate what is actually rendered: sanitizing can join text into new braces, e.g.
  // "{<span></span>{ x }}" becomes "{{ x }}" once the span is dropped.
  const safeBody = sanitizeTemplateHtml(body);
  validateTemplate({ subject, body: safeBody });
  const compiled = { subject: liquid.parse(subject), body: liquid.parse(safeBody) };
  if (compiledTemplates.size >= MAX_COMPILED) compiledTemplates.clear();
  compiledTemplates.set(key, compiled);
  return compiled;
}

type Scope = Record<string, Record<string, string>>;

const TOKEN_PATHS = TEMPLATE_TOKENS.map(({ name }) => {
  const [group = '', key = ''] = name.split('.');
  return { name, group, key };
});

// Built from the registry, not from `values`, so every token resolves (the engine is strict)
// and nothing but the registry's names is reachable from a template.
function scope(values: TokenValues, encode: (value: string) => string): Scope {
  const root: Scope = {};
  for (const { name, group, key } of TOKEN_PATHS) {
    root[group] ??= {};
    (root[group] as Record<string, string>)[key] = encode(values[name] ?? '');
  }
  return root;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes a value for HTML text or a quoted attribute; its line breaks (notes) become <br />, as the sanitizer writes them. */
function toHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c).replace(/\r\n|[\r\n]/g, '<br />');
}

// Every control character (CR and LF above all: header injection) and the Unicode line and
// paragraph separators become a space; the spaces that leaves are merged, as a header reads.
function toHeaderText(subject: string): string {
  return subject
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
