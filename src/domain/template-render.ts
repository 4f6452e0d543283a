import { TypeGuards } from 'liquidjs';
import { tokenize } from './template-engine.js';
import { htmlToText, sanitizeRenderedHtml, sanitizeTemplateHtml } from './template-html.js';
import { validateTemplate } from './template-syntax.js';
import { isTokenName, type TokenName, type TokenValues } from './template-tokens.js';

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
  const template = compileTemplate(subject, body);
  const compiled = withoutEmptyFacts(template, values);
  const rendered = fill(compiled.body, values, toHtml);
  const html = judgeLinks(rendered);
  return {
    subject: toHeaderText(fill(template.subject, values, String)),
    html,
    // When a link was dropped (html differs), the text follows the final HTML, the slow way.
    text:
      (compiled.text && html === rendered ? fillText(compiled.text, values) : undefined) ??
      htmlToText(html),
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

/** A template (or its converted text) as text and the tokens between it, in order. */
type Part = string | { token: TokenName };

interface CompiledTemplate {
  subject: Part[];
  body: Part[];
  /** The body's text twin, or null when it cannot have one (it holds a mark character). */
  text: TextTwin | null;
  /** The body without its empty facts, by which tokens were empty (withoutEmptyFacts). */
  pruned?: Map<string, Pick<CompiledTemplate, 'body' | 'text'>>;
}

// An optional fact left empty would leave a gap: "Where: " with no place, "Reason: " with none.
// So a paragraph or list item that holds tokens, all of them empty for this recipient, is left
// out (text and all). The body is pruned once per set of empty tokens, like the text twin.
const INNERMOST_BLOCK = /<(p|li)\b[^>]*>((?:(?!<(?:p|li)\b|<\/(?:p|li)>)[\s\S])*)<\/\1>/gi;
const MARK_INDEX = /\uE000(\d+)\uE001/g;
const EMPTIED_ITEM = /<li\b[^>]*>\s*<\/li>/gi;

function withoutEmptyFacts(
  compiled: CompiledTemplate,
  values: TokenValues,
): Pick<CompiledTemplate, 'body' | 'text'> {
  const names: TokenName[] = [];
  let empty = '';
  for (const part of compiled.body) {
    if (typeof part === 'string' || names.includes(part.token)) continue;
    if ((values[part.token] ?? '') === '') empty += `${names.length},`;
    names.push(part.token);
  }
  // Nothing empty, or a body whose own text holds mark characters: rendered as written.
  if (empty === '' || compiled.text === null) return compiled;
  compiled.pruned ??= new Map();
  const known = compiled.pruned.get(empty);
  if (known) return known;
  const emptyIndexes = new Set(empty.split(',').filter(Boolean));
  let marked = '';
  for (const part of compiled.body) {
    marked +=
      typeof part === 'string' ? part : `${MARK_OPEN}${names.indexOf(part.token)}${MARK_CLOSE}`;
  }
  const kept = marked
    .replace(INNERMOST_BLOCK, (block, _tag: string, inner: string) => {
      const used = [...inner.matchAll(MARK_INDEX)].map((m) => m[1] as string);
      return used.length > 0 && used.every((i) => emptyIndexes.has(i)) ? '' : block;
    })
    // The editor writes a list item's text as a paragraph inside it: an item left without
    // its paragraph goes too.
    .replace(EMPTIED_ITEM, '');
  const body = kept
    .split(MARKED)
    .map((part, i): Part => (i % 2 === 0 ? part : { token: names[Number(part)] as TokenName }))
    .filter((part) => part !== '');
  const pruned = { body, text: textTwin(body) };
  if (compiled.pruned.size >= MAX_CONVERSIONS) compiled.pruned.clear();
  compiled.pruned.set(empty, pruned);
  return pruned;
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
  const bodyParts = toParts(safeBody);
  const compiled = { subject: toParts(subject), body: bodyParts, text: textTwin(bodyParts) };
  if (compiledTemplates.size >= MAX_COMPILED) compiledTemplates.clear();
  compiledTemplates.set(key, compiled);
  return compiled;
}

// Marks where a token stood while the body goes through the HTML-to-text converter: characters
// from Unicode's private use area, which the converter passes through as they are.
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/;
const MARKED = /\uE000(\d+)\uE001/;

/**
 * The text/plain part, converted from the template instead of from each recipient's HTML (the
 * conversion was a sixth of a bulk send's time). Each `{{ token }}` is swapped for a mark, the
 * marked body is converted, and the marks are split out: a recipient's text is then the
 * converted text joined with their plain values. The text around the tokens is never parsed
 * again, so braces that only appear once entities are decoded stay text.
 *
 * Converting the HTML treats some values in ways a join cannot: an empty value can leave a
 * paragraph or heading empty (dropped), and line breaks, spaces at either end and `mailto:`
 * targets are laid out by the converter. So a conversion is kept for each set of empty tokens
 * (a bulk send has one or two), and a recipient with any other such value gets the slow way.
 */
interface TextTwin {
  parts: Part[];
  /** The distinct token names, in order of first use. */
  names: TokenName[];
  /** Converted text, by which tokens were empty. */
  converted: Map<string, Part[]>;
}

const MAX_CONVERSIONS = 32;
// Values the join reproduces: one line, no space at either end, not a mailto: target.
const PLAIN = /^(?!mailto:)[^\s\u200b](?:[^\r\n\u2028\u2029]*[^\s\u200b])?$/i;

function textTwin(parts: Part[]): TextTwin | null {
  if (parts.some((part) => typeof part === 'string' && MARKS.test(part))) return null;
  const names: TokenName[] = [];
  for (const part of parts) {
    if (typeof part !== 'string' && !names.includes(part.token)) names.push(part.token);
  }
  return { parts, names, converted: new Map() };
}

/** The recipient's text through the twin, or undefined when a value needs the slow way. */
function fillText(twin: TextTwin, values: TokenValues): string | undefined {
  let empty = '';
  for (let i = 0; i < twin.names.length; i++) {
    const value = values[twin.names[i] as TokenName] ?? '';
    if (value === '') empty += `${i},`;
    else if (!PLAIN.test(value)) return undefined;
  }
  let segments = twin.converted.get(empty);
  if (!segments) {
    segments = convertTwin(twin, new Set(empty.split(',').filter(Boolean).map(Number)));
    if (twin.converted.size >= MAX_CONVERSIONS) twin.converted.clear();
    twin.converted.set(empty, segments);
  }
  let text = '';
  for (const segment of segments) {
    text +=
      typeof segment === 'string'
        ? segment
        : (values[segment.token] ?? '').replace(/[ \t\f\u200b]+/g, ' ');
  }
  return text;
}

// One mark per token, however often it is used: the converter compares a link's target with
// its text (a bare URL is written once).
function convertTwin(twin: TextTwin, empty: Set<number>): Part[] {
  let marked = '';
  for (const part of twin.parts) {
    if (typeof part === 'string') {
      marked += part;
      continue;
    }
    const index = twin.names.indexOf(part.token);
    if (!empty.has(index)) marked += `${MARK_OPEN}${index}${MARK_CLOSE}`;
  }
  return htmlToText(marked)
    .split(MARKED)
    .map((part, i) => (i % 2 === 0 ? part : { token: twin.names[Number(part)] as TokenName }));
}

/**
 * A validated template as its text and its tokens. Validation (template-syntax.ts) leaves only
 * text and `{{ token }}` outputs naming a registry token (no filters, tags or whitespace
 * control), so rendering is joining the text with the recipient's values: what the Liquid engine
 * would print, without running it for every recipient.
 */
function toParts(source: string): Part[] {
  const { tokens, failure } = tokenize(source);
  if (failure) throw new Error(`template was not validated: ${failure.message}`);
  return tokens.map((token) => {
    if (!TypeGuards.isOutputToken(token)) return token.getText();
    if (!isTokenName(token.content))
      throw new Error(`template was not validated: ${token.content}`);
    return { token: token.content };
  });
}

function fill(parts: Part[], values: TokenValues, encode: (value: string) => string): string {
  let out = '';
  for (const part of parts)
    out += typeof part === 'string' ? part : encode(values[part.token] ?? '');
  return out;
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
