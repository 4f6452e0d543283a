/**
 * The hostile-input corpus of the security suite (tests/integration/security.test.ts): every case
 * is fed into the text fields of every write endpoint, and must be refused with a clear 4xx or
 * come out harmless in every output (JSON, recipient page, email, .ics).
 *
 * Cases marked `pipeline` (about ten per category) also travel the whole way: stored, rendered
 * into a meeting request, delivered to the development mailbox, opened as a recipient page.
 * The rest only meet validation, which keeps the suite well under a minute per engine.
 */

export type TextCategory = 'xss' | 'header' | 'ical' | 'traversal';
export type Category = TextCategory | 'oversized';

/** A hostile string for a text field, a path parameter or a form field. */
export interface TextCase {
  readonly id: string;
  readonly category: TextCategory;
  readonly value: string;
  /** Also sent through the whole pipeline: email, .ics and recipient page. */
  readonly pipeline?: boolean;
  /** An address-list trick: only email fields are sent it. */
  readonly emailOnly?: boolean;
}

/** An input too large or too deep: a field value, or a whole raw request body. */
export interface OversizedCase {
  readonly id: string;
  readonly category: 'oversized';
  /** `value`: replaces one field of a valid body; `body`: the raw JSON text of the request. */
  readonly shape: 'value' | 'body';
  /** Built on demand, so a megabyte is only allocated by the test that sends it. */
  readonly make: () => unknown;
  /**
   * `endpoint`: sent once per endpoint, in its first field. A megabyte costs parsing time on
   * every request, and what stops it (the body limit) does not depend on the field.
   */
  readonly scope: 'field' | 'endpoint';
  /** Within every field's limit, so it is accepted and followed through the pipeline. */
  readonly pipeline?: boolean;
  /** Also sent to the endpoints swept with representative cases only. */
  readonly representative?: boolean;
}

export type HostileCase = TextCase | OversizedCase;

/** Sent to every endpoint, even those swept with a sample only (pipeline cases and a few more). */
export function isRepresentative(c: HostileCase): boolean {
  return c.category === 'oversized' ? c.representative === true : c.pipeline === true;
}

const MIB = 1024 * 1024;
const UUID = '3f2c1b9a-8d7e-4f60-9a1b-2c3d4e5f6a7b';

const text =
  (category: TextCategory) =>
  (id: string, value: string, pipeline?: true): TextCase => ({
    id: `${category}/${id}`,
    category,
    value,
    ...(pipeline ? { pipeline } : {}),
  });

const xss = text('xss');
const header = text('header');
const address = (id: string, value: string): TextCase => ({
  ...header(id, value),
  emailOnly: true,
});
const ical = text('ical');
const traversal = text('traversal');

/** Script, event handlers, dangerous URLs, SVG/MathML, CSS, broken markup, entity tricks. */
export const XSS_CASES: readonly TextCase[] = [
  xss('script-tag', '<script>alert(1)</script>', true),
  xss('script-src', '<script src="https://evil.example/x.js"></script>'),
  xss('script-split', '<scr<script>ipt>alert(1)</scr</script>ipt>'),
  xss('img-onerror', '<img src=x onerror=alert(1)>', true),
  xss('svg-onload', '<svg onload=alert(1)>'),
  xss('svg-script', '<svg><script>alert(1)</script></svg>'),
  xss('svg-xlink', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'),
  xss('body-onload', '<body onload=alert(1)>'),
  xss('details-ontoggle', '<details open ontoggle=alert(1)>'),
  xss('attribute-breakout-double', '"><script>alert(1)</script>', true),
  xss('attribute-breakout-single', "' onmouseover='alert(1)"),
  xss('attribute-breakout-unquoted', 'x onfocus=alert(1) autofocus'),
  xss('javascript-href', '<a href="javascript:alert(1)">x</a>', true),
  xss('javascript-mixed-case', '<a href="JaVaScRiPt:alert(1)">x</a>'),
  xss('javascript-entity', '<a href="&#106;avascript:alert(1)">x</a>'),
  xss('javascript-hex-entity', '<a href="&#x6A;&#x61;&#x76;&#x61;script:alert(1)">x</a>'),
  xss('javascript-colon-entity', '<a href="javascript&colon;alert(1)">x</a>'),
  xss('javascript-tab', '<a href="java\tscript:alert(1)">x</a>'),
  xss('javascript-bare', 'javascript:alert(document.cookie)', true),
  xss('javascript-comment-newline', 'javascript://%0Aalert(1)'),
  xss('data-url-bare', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', true),
  xss('data-url-link', '<a href="data:text/html,<script>alert(1)</script>">x</a>'),
  xss('vbscript-link', '<a href="vbscript:msgbox(1)">x</a>'),
  xss('iframe-srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'),
  xss('object-data', '<object data="javascript:alert(1)"></object>'),
  xss('embed-src', '<embed src="javascript:alert(1)">'),
  xss('style-expression', '<p style="width: expression(alert(1))">x</p>', true),
  xss('style-import', '<style>@import "https://evil.example/x.css";</style>'),
  xss('style-url-javascript', '<div style="background:url(javascript:alert(1))">x</div>'),
  xss('meta-refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'),
  xss('base-href', '<base href="javascript:alert(1)//">'),
  xss('form-action', '<form action="javascript:alert(1)"><button>go</button></form>'),
  xss('broken-unclosed-img', '<img src=x onerror=alert(1)//', true),
  xss('broken-nested', '<<script>alert(1);//<</script>'),
  xss('broken-quotes', '<img """><script>alert(1)</script>">'),
  xss('comment-breakout', '<!--><img src=x onerror=alert(1)>-->'),
  xss('cdata', '<![CDATA[<script>alert(1)</script>]]>'),
  xss('math-mglyph', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'),
  xss('noscript-breakout', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'),
  xss('textarea-breakout', '</textarea><script>alert(1)</script>', true),
  xss('title-breakout', '</title><script>alert(1)</script>'),
  xss('entity-encoded', '&lt;script&gt;alert(1)&lt;/script&gt;', true),
  xss('numeric-entities', '&#60;script&#62;alert(1)&#60;/script&#62;'),
  xss('token-in-href', '<a href="java{{ job.title }}script:alert(1)">x</a>'),
  xss('liquid-tag', '{% include "/etc/passwd" %}'),
  xss('liquid-constructor', '{{ constructor.constructor("return process")() }}'),
];

/** Line breaks and separators that would start a new mail header, plus address-list tricks. */
export const HEADER_CASES: readonly TextCase[] = [
  header('crlf-bcc', 'Ada\r\nBcc: evil@example.com', true),
  header('lf-bcc', 'Ada\nBcc: evil@example.com', true),
  header('cr-bcc', 'Ada\rBcc: evil@example.com', true),
  header('crlf-cc', 'Ada\r\nCc: evil@example.com'),
  header('crlf-to', 'Ada\r\nTo: evil@example.com'),
  header('crlf-subject', 'Ada\r\nSubject: spoofed'),
  header('crlf-body-split', 'Ada\r\n\r\n<html>injected body</html>', true),
  header('crlf-content-type', 'Ada\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>'),
  header('crlf-continuation', 'Ada\r\n\tBcc: evil@example.com', true),
  header('crlf-own-header', 'Ada\r\nX-Convene-Message: forged', true),
  header('percent-encoded-crlf', 'Ada%0d%0aBcc:%20evil@example.com', true),
  header('encoded-word-crlf', '=?UTF-8?Q?Ada=0D=0ABcc:_evil@example.com?=', true),
  header('nul', 'Ada\u0000Bcc: evil@example.com', true),
  header('nul-alone', '\u0000'),
  header('line-separator', 'Ada\u2028Bcc: evil@example.com', true),
  header('paragraph-separator', 'Ada\u2029Bcc: evil@example.com'),
  header('next-line', 'Ada\u0085Bcc: evil@example.com'),
  header('vertical-tab-form-feed', 'Ada\u000b\u000cBcc: evil@example.com'),
  header('ansi-escape', 'Ada\u001b[31mred\u001b[0m'),
  address('email-crlf', 'ada@example.com\r\nBcc: evil@example.com'),
  address('email-list', 'ada@example.com, evil@example.com'),
  address('email-display-name', 'Ada <ada@example.com>, evil@example.com'),
  address('email-group', 'undisclosed-recipients:evil@example.com;'),
  address('email-nul', 'ada@example.com\u0000evil@example.com'),
];

/** iCalendar content lines, parameters and escapes smuggled into names, titles and places. */
export const ICAL_CASES: readonly TextCase[] = [
  ical('crlf-attendee', 'x\r\nATTENDEE:mailto:evil@example.com', true),
  ical('lf-attendee', 'x\nATTENDEE;RSVP=TRUE:mailto:evil@example.com'),
  ical('cr-organizer', 'x\rORGANIZER:mailto:evil@example.com'),
  ical('crlf-second-event', 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:second', true),
  ical('crlf-method', 'x\r\nMETHOD:CANCEL'),
  ical('crlf-status', 'x\r\nSTATUS:CANCELLED'),
  ical('crlf-alarm', 'x\r\nBEGIN:VALARM\r\nACTION:AUDIO\r\nEND:VALARM'),
  ical('crlf-fold', 'x\r\n ATTENDEE:mailto:evil@example.com'),
  ical('crlf-outlook-sequence', 'Eve\r\nX-MICROSOFT-CDO-APPT-SEQUENCE:99'),
  ical('escaped-newline-literal', 'x\\nATTENDEE:mailto:evil@example.com', true),
  ical('semicolon-parameters', 'Eve;ROLE=CHAIR;RSVP=FALSE', true),
  ical('quote-breakout', 'Eve";ROLE=CHAIR;X="', true),
  ical('colon-value', 'Eve:mailto:evil@example.com', true),
  ical('comma-list', 'Room 1, Room 2; Building B', true),
  ical('backslashes', 'C:\\Users\\eve\\'),
  ical('pre-escaped', 'a\\;b\\,c\\\\d'),
  ical('all-specials', 'back\\slash; semi, comma: colon "quote"', true),
  ical('quotes-only', '"""'),
  ical('mailto-parameter', 'mailto:evil@example.com;CN=Eve'),
  ical('long-specials', ';,\\:"'.repeat(35), true),
  ical('multibyte-fold', `${'€'.repeat(40)};${'😀'.repeat(20)}`),
  ical('url-specials', 'https://meet.example.com/a;b,c?x="y"&z=\\', true),
  ical('url-crlf', 'https://meet.example.com/x\r\nATTENDEE:mailto:evil@example.com'),
];

/** Paths and ids that climb out of where they belong, plain and encoded. */
export const TRAVERSAL_CASES: readonly TextCase[] = [
  traversal('dot-dot', '../../etc/passwd', true),
  traversal('dot-dot-windows', '..\\..\\windows\\win.ini', true),
  traversal('percent-encoded', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', true),
  traversal('double-encoded', '%252e%252e%252fetc%252fpasswd'),
  traversal('overlong-utf8', '%c0%ae%c0%ae%c0%afetc%c0%afpasswd', true),
  traversal('absolute', '/etc/passwd', true),
  traversal('file-url', 'file:///etc/passwd'),
  traversal('encoded-nul', '../../etc/passwd%00.png', true),
  traversal('literal-nul', '../../etc/passwd\u0000.png'),
  traversal('uuid-then-climb', `${UUID}/../../admin`),
  traversal('dot-segments', './././.'),
  traversal('doubled-dots', '....//....//etc/passwd', true),
  traversal('unicode-dots', '\u2025/\u2025/etc/passwd'),
  traversal('fullwidth-dots', '\uff0e\uff0e\uff0f\uff0e\uff0e\uff0fetc\uff0fpasswd'),
  traversal('zone-climb', 'Europe/../../../etc/passwd', true),
  traversal('api-climb', '../../api/v1/users'),
  traversal('query-and-fragment', 'abc?admin=true#x'),
  traversal('token-shaped', `${'A'.repeat(37)}..%2F..`),
];

const uuids = (count: number) =>
  Array.from({ length: count }, (_, i) => `${UUID.slice(0, 24)}${String(i).padStart(12, '0')}`);
const nested = (depth: number, open: string, close: string, inner: string) =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
const oversized = (
  id: string,
  shape: OversizedCase['shape'],
  make: () => unknown,
  options: { scope?: OversizedCase['scope']; pipeline?: true; representative?: true } = {},
): OversizedCase => ({
  id: `oversized/${id}`,
  category: 'oversized',
  shape,
  make,
  scope: options.scope ?? 'field',
  ...(options.pipeline ? { pipeline: true, representative: true } : {}),
  ...(options.representative ? { representative: true } : {}),
});
const ONCE = { scope: 'endpoint' } as const;
const FOLLOWED = { pipeline: true } as const;
const TYPICAL = { representative: true } as const;

/** Megabyte strings, 10,000-element arrays, deep nesting; and long-but-legal values. */
export const OVERSIZED_CASES: readonly OversizedCase[] = [
  oversized('one-mebibyte', 'value', () => 'A'.repeat(MIB), ONCE),
  oversized('just-under-body-limit', 'value', () => 'B'.repeat(1_000_000), ONCE),
  oversized('mebibyte-multibyte', 'value', () => '€'.repeat(360_000), ONCE),
  oversized('emoji-800k', 'value', () => '😀'.repeat(200_000), ONCE),
  oversized('over-template-body', 'value', () => 'c'.repeat(100_001)),
  oversized('ten-thousand', 'value', () => 'd'.repeat(10_000), TYPICAL),
  oversized('fifty-thousand-newlines', 'value', () => 'x\n'.repeat(50_000), ONCE),
  oversized('token-expansion', 'value', () => '{{ interview.title }}'.repeat(4_000)),
  oversized('ten-thousand-ids', 'value', () => uuids(10_000), TYPICAL),
  oversized('ten-thousand-strings', 'value', () => Array(10_000).fill('x')),
  oversized('nested-object-value', 'value', () => JSON.parse(nested(1_000, '{"a":', '}', '"x"'))),
  oversized('nested-array-body', 'body', () => nested(10_000, '[', ']', '')),
  oversized('deep-nested-array-body', 'body', () => nested(100_000, '[', ']', '1')),
  oversized('nested-object-body', 'body', () => nested(10_000, '{"a":', '}', 'null')),
  oversized('ten-thousand-keys-body', 'body', () =>
    JSON.stringify(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]))),
  ),
  oversized('two-mebibyte-body', 'body', () => `{"name":"${'e'.repeat(2 * MIB)}"}`),
  oversized('at-limit-specials', 'value', () => ';,\\:" Ω'.repeat(40).slice(0, 200), FOLLOWED),
  oversized('at-limit-emoji', 'value', () => '📅'.repeat(200), FOLLOWED),
  oversized('at-limit-one-word', 'value', () => `W${'w'.repeat(198)}!`, FOLLOWED),
];

/** Every case, ≥ 100 in all. */
export const CORPUS: readonly HostileCase[] = [
  ...XSS_CASES,
  ...HEADER_CASES,
  ...ICAL_CASES,
  ...TRAVERSAL_CASES,
  ...OVERSIZED_CASES,
];

export const TEXT_CASES: readonly TextCase[] = CORPUS.filter(
  (c): c is TextCase => c.category !== 'oversized',
);

/** The cases followed through email, .ics and page (about ten per category). */
export const PIPELINE_CASES: readonly HostileCase[] = CORPUS.filter((c) => c.pipeline);

/** The value a case puts in a field (oversized cases are built here, on demand). */
export function caseValue(c: HostileCase): unknown {
  return c.category === 'oversized' ? c.make() : c.value;
}
