import { compile } from 'html-to-text';
import sanitizeHtml from 'sanitize-html';

// The formatting the editor offers (DESIGN §1: bold, italic, lists, links, headings) and nothing
// else: no images, tables, styles, classes or event handlers can reach a recipient's inbox.
const ALLOWED_TAGS = [
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'ul',
  'ol',
  'li',
  'a',
  'blockquote',
];

// Tags whose content is code or markup, not prose: drop it with the tag instead of showing it.
const NON_TEXT_TAGS = [
  'script',
  'style',
  'textarea',
  'option',
  'noscript',
  'title',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'xmp',
  'noembed',
  'noframes',
];

const SAFE_SCHEME = /^(?:https?|mailto):/i;
// `{{ interview.link }}` has no scheme yet: only the rendered value can be judged.
const TOKEN_LED = /^\{\{/;

type LinkRule = (href: string) => boolean;

function options(keepLink: LinkRule): sanitizeHtml.IOptions {
  return {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'rel'] },
    allowedClasses: {},
    allowedStyles: {},
    parseStyleAttributes: false,
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: {},
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: NON_TEXT_TAGS,
    transformTags: { a: (_tag, attribs) => rebuildLink(attribs.href, keepLink) },
    exclusiveFilter: unwrapDeadLink,
  };
}

/**
 * Rebuilds every link from scratch, so no attribute but href (and our rel) survives. A link whose
 * target is not allowed loses its href and is then unwrapped by `exclusiveFilter`, keeping its
 * text. sanitize-html alone would pass a scheme-less href such as "java{{ x }}script:alert(1)"
 * as a relative URL, hence this explicit rule on top of its scheme list. (Renaming the tag to a
 * disallowed one instead trips a sanitize-html 2.16 bug: the next sibling's end tag is renamed.)
 */
function rebuildLink(href: string | undefined, keepLink: LinkRule): sanitizeHtml.Tag {
  const url = (href ?? '').trim();
  if (!keepLink(url)) return { tagName: 'a', attribs: {} };
  return { tagName: 'a', attribs: { href: url, rel: 'noopener noreferrer' } };
}

function unwrapDeadLink(frame: sanitizeHtml.IFrame): boolean | 'excludeTag' {
  return frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false;
}

const TEMPLATE_OPTIONS = options((url) => SAFE_SCHEME.test(url) || TOKEN_LED.test(url));
const RENDERED_OPTIONS = options((url) => SAFE_SCHEME.test(url));

/**
 * Cleans a template body to the allow-list before it is stored. `{{ tokens }}` survive, also as a
 * whole href (`<a href="{{ interview.link }}">`); such links are judged again after rendering.
 */
export function sanitizeTemplateHtml(html: string): string {
  if (settled.has(html)) return html;
  // Dropping a tag can leave markup that reads differently when parsed again: a <p> left inside
  // a <p> closes it. Cleaning until nothing changes stores what will read back the same (the
  // second pass settles it; the bound is a guard).
  let clean = sanitizeHtml(html, TEMPLATE_OPTIONS);
  for (let pass = 0; pass < 3; pass++) {
    const again = sanitizeHtml(clean, TEMPLATE_OPTIONS);
    if (again === clean) {
      if (settled.size >= MAX_SETTLED) settled.clear();
      settled.add(clean);
      break;
    }
    clean = again;
  }
  return clean;
}

// Bodies a pass left unchanged: sanitizing them again returns them as they are. A template is
// sanitized when it is prepared and again when it is compiled for rendering (a pass is ~1 µs
// per character), so the second time is a look-up. Bounded; when full it starts over.
const settled = new Set<string>();
const MAX_SETTLED = 200;

/** Cleans rendered HTML: the same allow-list, and every link must now be http(s) or mailto. */
export function sanitizeRenderedHtml(html: string): string {
  return sanitizeHtml(html, RENDERED_OPTIONS);
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4'].map((selector) => ({
  selector,
  options: { uppercase: false },
}));

// Compiled once: building the converter costs more than running it.
const toText = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { linkBrackets: ['(', ')'], hideLinkHrefIfSameAsText: true } },
    ...HEADINGS,
  ],
});

/**
 * The text/plain twin of an HTML body. Links read "text (url)", or just the url when the text is
 * the url. No hard wrapping: mail clients wrap to their own width, a fixed 78 leaves ragged lines
 * on phones, and long lines are the MIME encoder's job (quoted-printable), not ours.
 */
export function htmlToText(html: string): string {
  return toText(html);
}
