import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { HOSTILE_INPUTS } from './hostile-inputs.fixture.js';
import { sanitizeTemplateHtml } from './template-html.js';
import { renderTemplate } from './template-render.js';
import { EVERY_TOKEN_BODY, SAMPLE_SUBJECT } from './template-samples.fixture.js';
import { isInvitable, validateTemplate } from './template-syntax.js';
import { EXAMPLE_TOKEN_VALUES, TEMPLATE_TOKENS, type TokenValues } from './template-tokens.js';

// Sanitizer output escapes <, > and " in text and attributes, so every `<…>` in it is a tag.
const TAG = /<[^>]*>/g;
const PLAIN_TAG = /^<\/?(?:p|br|h[1-4]|strong|b|em|i|u|ul|ol|li|blockquote|a)\s*\/?>$/;
const RENDERED_LINK = /^<a href="(?:https?:|mailto:)[^"]*" rel="noopener noreferrer">$/;
const STORED_LINK = /^<a href="(?:https?:|mailto:|\{\{)[^"]*" rel="noopener noreferrer">$/;
const DANGEROUS =
  /<\s*\/?\s*(?:script|iframe|object|embed|svg|math|style|img|form|base|meta|link)/i;

/** Asserts that `html` can run nothing: only allow-listed tags, only safe links. */
function expectInert(html: string, link: RegExp, input: string): void {
  const context = `input: ${JSON.stringify(input)}\noutput: ${html}`;
  expect(html, context).not.toMatch(DANGEROUS);
  for (const tag of html.match(TAG) ?? []) {
    const names = tag.replace(/"[^"]*"/g, '""'); // attribute names only, not values
    expect(names, context).not.toMatch(/\s(?:on\w+|style|class|src)\s*=/i);
    expect(PLAIN_TAG.test(tag) || link.test(tag), `${context}\ntag: ${tag}`).toBe(true);
    const href = /\shref="([^"]*)"/.exec(tag)?.[1] ?? '';
    expect(decode(href), context).not.toMatch(/^(?:javascript|vbscript|data|livescript):/i);
  }
}

/** Numeric and common named entities decoded, blanks removed: how a browser reads a URL. */
function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d{1,7});?/g, (_, dec: string) => String.fromCodePoint(Number(dec) % 0x110000))
    .replace(/&colon;/gi, ':')
    .replace(/&amp;/gi, '&')
    .replace(/[\s\p{Cc}]/gu, '');
}

/** Renders, or confirms the template was refused as invalid (also a safe outcome). */
function renderOrRefuse(body: string, values: TokenValues) {
  try {
    return renderTemplate({ subject: SAMPLE_SUBJECT, body, values });
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return undefined;
  }
}

const everyValue = (value: string) =>
  Object.fromEntries(TEMPLATE_TOKENS.map((t) => [t.name, value])) as TokenValues;

// "javascript:" and friends with each character in a random case, entity-encoded, or padded.
const obfuscatedScheme = fc
  .constantFrom('javascript:', 'vbscript:', 'data:')
  .chain((scheme) =>
    fc
      .tuple(
        ...[...scheme].map((c) =>
          fc.constantFrom(
            c.toLowerCase(),
            c.toUpperCase(),
            `&#${c.charCodeAt(0)};`,
            `&#x${c.charCodeAt(0).toString(16)};`,
            `&#0000${c.charCodeAt(0)}`,
            `\t${c}`,
            `${c}\n`,
          ),
        ),
      )
      .map((parts) => parts.join('')),
  );

const attributeValue = fc.oneof(
  obfuscatedScheme.map((s) => `${s}alert(1)`),
  fc.constantFrom(
    'alert(1)',
    'expression(alert(1))',
    '{{ interview.link }}',
    'https://ok.example',
    'x',
  ),
);

const attribute = fc
  .tuple(
    fc.constantFrom(
      'onerror',
      'onclick',
      'OnLoad',
      'onmouseover',
      'style',
      'href',
      'src',
      'xlink:href',
      'srcdoc',
      'formaction',
      'class',
    ),
    attributeValue,
    fc.constantFrom('"', "'", ''),
  )
  .map(([name, value, quote]) => `${name}=${quote}${value}${quote}`);

const element = fc
  .tuple(
    fc.constantFrom(
      'script',
      'img',
      'a',
      'p',
      'svg',
      'iframe',
      'object',
      'embed',
      'style',
      'math',
      'b',
      'li',
      'div',
      'form',
      'base',
      'body',
      'noscript',
      'template',
      'textarea',
      'title',
      'xmp',
    ),
    fc.array(attribute, { maxLength: 3 }),
    fc.oneof(
      fc.constantFrom(...HOSTILE_INPUTS),
      fc.string({ maxLength: 20 }),
      fc.constant('{{ candidate.first_name }}'),
    ),
    fc.boolean(),
  )
  .map(
    ([tag, attrs, inner, closed]) =>
      `<${tag} ${attrs.join(' ')}>${inner}${closed ? `</${tag}>` : ''}`,
  );

const fragment = fc.constantFrom(
  '<',
  '>',
  '"',
  "'",
  '</',
  '/>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '=',
  '&#',
  ';',
  '\r\n',
  '{{',
  '}}',
);

const hostileHtml = fc
  .array(
    fc.oneof(element, fc.constantFrom(...HOSTILE_INPUTS), fragment, fc.string({ maxLength: 12 })),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const hostileValue = fc.oneof(
  fc.constantFrom(...HOSTILE_INPUTS),
  hostileHtml,
  obfuscatedScheme.map((s) => `${s}alert(1)`),
);

const hostileValues = fc.record(
  Object.fromEntries(TEMPLATE_TOKENS.map((t) => [t.name, hostileValue])) as Record<
    string,
    fc.Arbitrary<string>
  >,
) as fc.Arbitrary<TokenValues>;

describe('hostile input', () => {
  it('keeps a corpus of at least 100 hostile strings', () => {
    expect(new Set(HOSTILE_INPUTS).size).toBeGreaterThanOrEqual(100);
  });

  it('sanitizes every corpus string, as a stored template body, to inert HTML', () => {
    for (const input of HOSTILE_INPUTS)
      expectInert(sanitizeTemplateHtml(input), STORED_LINK, input);
  });

  it('renders every corpus string, as a template body, to inert HTML or refuses it', () => {
    for (const input of HOSTILE_INPUTS) {
      const message = renderOrRefuse(input, EXAMPLE_TOKEN_VALUES);
      if (message) expectInert(message.html, RENDERED_LINK, input);
    }
  });

  it('renders every corpus string, as every token value, to inert HTML and a one-line subject', () => {
    for (const input of HOSTILE_INPUTS) {
      const message = renderTemplate({
        subject: SAMPLE_SUBJECT,
        body: EVERY_TOKEN_BODY,
        values: everyValue(input),
      });
      expectInert(message.html, RENDERED_LINK, input);
      expect(message.subject, input).not.toMatch(/[\r\n]/);
    }
  });

  it('sanitizes generated hostile markup to inert HTML, stored and rendered', () => {
    fc.assert(
      fc.property(hostileHtml, (body) => {
        expectInert(sanitizeTemplateHtml(body), STORED_LINK, body);
        const message = renderOrRefuse(body, EXAMPLE_TOKEN_VALUES);
        if (message) expectInert(message.html, RENDERED_LINK, body);
      }),
      { numRuns: 300 },
    );
  });

  it('renders generated hostile token values to inert HTML and a subject without control characters', () => {
    fc.assert(
      fc.property(hostileValues, (values) => {
        const message = renderTemplate({ subject: SAMPLE_SUBJECT, body: EVERY_TOKEN_BODY, values });
        expectInert(message.html, RENDERED_LINK, JSON.stringify(values));
        expect(message.subject).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
      }),
      { numRuns: 200 },
    );
  });

  it('stores a paragraph left inside a paragraph as it will read back', () => {
    // Dropping the div leaves <p><p>…</p></p>, which a parser reads as three paragraphs.
    const once = sanitizeTemplateHtml('<p><div><p>{{ candidate.first_name }}</p></div></p>');
    expect(once).toBe('<p></p><p>{{ candidate.first_name }}</p><p></p>');
    expect(sanitizeTemplateHtml(once)).toBe(once);
  });

  it('gives the same result when sanitizing what was already sanitized', () => {
    fc.assert(
      fc.property(hostileHtml, (body) => {
        const once = sanitizeTemplateHtml(body);
        expect(sanitizeTemplateHtml(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every token of a well-formed template through sanitizing, as text and as href', () => {
    const token = fc.constantFrom(...TEMPLATE_TOKENS.map((t) => t.name));
    const piece = fc.oneof(
      token.map((name) => `<p>{{ ${name} }}</p>`),
      token.map((name) => `<a href="{{ ${name} }}"><strong>{{${name}}}</strong></a>`),
      fc.constantFrom('<ul><li>x</li></ul>', '<h2>T</h2>', 'plain text', '<em>e</em><br>'),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const body = `${pieces.join('\n')}<a href="{{ interview.link }}">Confirm</a>`;
        const stored = sanitizeTemplateHtml(body);
        for (const [written] of body.matchAll(/\{\{ ?[a-z_.]+ ?\}\}/g))
          expect(stored).toContain(written);
        expect(() => validateTemplate({ subject: SAMPLE_SUBJECT, body: stored })).not.toThrow();
        expect(isInvitable(SAMPLE_SUBJECT, stored)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
