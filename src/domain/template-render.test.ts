import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { HOSTILE_INPUTS } from './hostile-inputs.fixture.js';
import { htmlToText } from './template-html.js';
import { renderTemplate } from './template-render.js';
import { EVERY_TOKEN_BODY, SAMPLE_SUBJECT, sampleContext } from './template-samples.fixture.js';
import { EXAMPLE_TOKEN_VALUES, type TokenValues } from './template-tokens.js';
import { buildTokenValues, type TokenContext } from './template-values.js';

/** The same interview at 23:30 UTC on 3 March 2026, seen by one recipient. */
function lateInterview(recipient: TokenContext['recipient']): TokenValues {
  const context = sampleContext(recipient);
  return buildTokenValues({
    ...context,
    interview: {
      ...context.interview,
      startsAt: new Date('2026-03-03T23:30:00Z'),
      durationMinutes: 60,
    },
  });
}

const render = (values: TokenValues, body = EVERY_TOKEN_BODY) =>
  renderTemplate({ subject: SAMPLE_SUBJECT, body, values });

describe('renderTemplate', () => {
  it('renders every token for a Tokyo candidate in their own date and time', () => {
    const message = render(
      lateInterview({ name: 'Ada Lovelace', firstName: 'Ada', timeZone: 'Asia/Tokyo' }),
    );
    expect(message.subject).toBe(
      'Technical interview with Example Corp on Wednesday, 4 March 2026 at 08:30 (Asia/Tokyo)',
    );
    expect(message.text).toContain('interview.date: Wednesday, 4 March 2026');
    expect(message.text).toContain('interview.time: 08:30 (Asia/Tokyo)');
    expect(message.text).toContain('interview.end_time: 09:30 (Asia/Tokyo)');
    expect(message.text).toContain('interview.timezone: Asia/Tokyo');
    expect(message.text).toContain('recipient.first_name: Ada');
    expect(message.html).toContain('<li>interview.time: 08:30 (Asia/Tokyo)</li>');
    expect(message.html).not.toContain('{{');
    expect(message.text).not.toContain('{{');
  });

  it('renders the same interview for a New York interviewer in theirs', () => {
    const message = render(lateInterview({ name: 'Grace Hopper', timeZone: 'America/New_York' }));
    expect(message.subject).toBe(
      'Technical interview with Example Corp on Tuesday, 3 March 2026 at 18:30 (America/New_York)',
    );
    expect(message.text).toContain('interview.end_time: 19:30 (America/New_York)');
    expect(message.text).toContain('recipient.full_name: Grace Hopper');
    expect(message.text).toContain('candidate.full_name: Ada Lovelace');
  });

  it('fills tokens in links and keeps them safe links in HTML and "text (url)" in text', () => {
    const message = render(EXAMPLE_TOKEN_VALUES);
    expect(message.html).toContain(
      '<a href="https://convene.example.com/i/q7Xc2mP9rT" rel="noopener noreferrer">Confirm</a>',
    );
    expect(message.html).toContain(
      '<a href="mailto:margaret@example.com" rel="noopener noreferrer">',
    );
    expect(message.text).toContain('Confirm (https://convene.example.com/i/q7Xc2mP9rT)');
    expect(message.text).toContain('join at https://meet.example.com/abc-defg-hij.');
  });

  it('HTML-escapes token values in the HTML and keeps them plain in the text', () => {
    const values = { ...EXAMPLE_TOKEN_VALUES, 'candidate.first_name': 'Tom & <b>Jerry</b> "T"' };
    const message = render(values, '<p>Hi {{ candidate.first_name }}</p>');
    expect(message.html).toBe('<p>Hi Tom &amp; &lt;b&gt;Jerry&lt;/b&gt; &quot;T&quot;</p>');
    expect(message.text).toBe('Hi Tom & <b>Jerry</b> "T"');
  });

  it('keeps the line breaks of multi-line notes in both parts', () => {
    const values = { ...EXAMPLE_TOKEN_VALUES, 'interview.notes': 'Bring ID.\r\nAsk for Ana.' };
    const message = render(values, '<p>{{ interview.notes }}</p>');
    expect(message.html).toBe('<p>Bring ID.<br />Ask for Ana.</p>');
    expect(message.text).toBe('Bring ID.\nAsk for Ana.');
  });

  it('drops a link whose rendered value is not http(s) or mailto', () => {
    const values = { ...EXAMPLE_TOKEN_VALUES, 'interview.meeting_url': 'javascript:alert(1)' };
    const message = render(values, '<p><a href="{{ interview.meeting_url }}">Join</a></p>');
    expect(message.html).toBe('<p>Join</p>');
  });

  it('judges every rendered link, however the value completes it', () => {
    const link = (url: string, body = '<p><a href="{{ interview.meeting_url }}">Join</a></p>') =>
      render({ ...EXAMPLE_TOKEN_VALUES, 'interview.meeting_url': url }, body).html;
    expect(
      link('script:alert(1)', '<p><a href="java{{ interview.meeting_url }}">Join</a></p>'),
    ).toBe('<p>Join</p>');
    expect(link(' javascript:alert(1)')).toBe('<p>Join</p>');
    expect(link('JaVaScRiPt:alert(1)')).toBe('<p>Join</p>');
    expect(link('data:text/html,<script>alert(1)</script>')).toBe('<p>Join</p>');
    // No link at all: the paragraph holds nothing but an empty fact, so it is left out.
    expect(link('')).toBe('');
    // A value cannot leave the attribute: its quotes and brackets stay escaped inside it.
    expect(link('https://meet.example.com/?q="><script>alert(1)</script>')).toBe(
      '<p><a href="https://meet.example.com/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" rel="noopener noreferrer">Join</a></p>',
    );
    // One bad link among good ones still gets the full pass, which keeps the good ones.
    expect(
      link(
        'vbscript:x',
        '<p><a href="https://example.com/a">A</a> <a href="{{ interview.meeting_url }}">B</a></p>',
      ),
    ).toBe('<p><a href="https://example.com/a" rel="noopener noreferrer">A</a> B</p>');
  });

  it('puts values in the subject as one trimmed line, line breaks and control characters as spaces', () => {
    const values = {
      ...EXAMPLE_TOKEN_VALUES,
      'candidate.first_name': '\r\nAda\r\nBcc: all@x.example\u0000',
    };
    const message = renderTemplate({ subject: 'Hi {{ candidate.first_name }}', body: '', values });
    expect(message.subject).toBe('Hi Ada Bcc: all@x.example');
  });

  it('renders a missing optional value as empty rather than failing', () => {
    const values = { ...EXAMPLE_TOKEN_VALUES, 'job.title': '' };
    expect(render(values, '<h2>Role: {{ job.title }}.</h2>').text).toBe('Role: .');
  });

  it('leaves out a paragraph or list item whose facts are all empty, in the HTML and the text', () => {
    const body = `<p>Hello {{ recipient.first_name }},</p>
<ul><li>Role: {{ job.title }}</li><li>Where: {{ interview.location }} {{ interview.meeting_url }}</li></ul>
<p>Notes: {{ interview.notes }}</p><p>See you.</p>`;
    const values = {
      ...EXAMPLE_TOKEN_VALUES,
      'recipient.first_name': 'Ada',
      'job.title': '',
      'interview.location': '',
      'interview.meeting_url': 'https://meet.example.com/x',
      'interview.notes': '',
    };
    const message = render(values, body);
    expect(message.html).toBe(`<p>Hello Ada,</p>
<ul><li>Where:  https://meet.example.com/x</li></ul>
<p>See you.</p>`);
    expect(message.text).toBe('Hello Ada,\n\n * Where: https://meet.example.com/x\n\nSee you.');
    // The rich-text editor writes list items with a paragraph inside: the item goes with it.
    const edited = render(
      values,
      '<ul><li><p>Role: {{ job.title }}</p></li><li><p>Fixed</p></li></ul>',
    );
    expect(edited.html).toBe('<ul><li><p>Fixed</p></li></ul>');
    // An item that had text besides its paragraph stays: only empty facts are left out.
    expect(render(values, '<ul><li>Kept <p>{{ job.title }}</p></li></ul>').html).toBe(
      '<ul><li>Kept </li></ul>',
    );
    // Every fact there: nothing is left out, and the text still comes the fast way.
    const full = render(
      { ...values, 'job.title': 'Engineer', 'interview.notes': 'Bring ID.' },
      body,
    );
    expect(full.text).toContain(' * Role: Engineer');
    expect(full.text).toContain('Notes: Bring ID.');
  });

  it('refuses to render a template with an unknown token or a tag', () => {
    expect(() => render(EXAMPLE_TOKEN_VALUES, '{{ interview.secret }}')).toThrow(AppError);
    expect(() => render(EXAMPLE_TOKEN_VALUES, '{% include "x" %}')).toThrow(AppError);
  });

  it('refuses braces that only meet once sanitizing drops the markup between them', () => {
    expect(() => render(EXAMPLE_TOKEN_VALUES, '{<span></span>{ interview.secret }}')).toThrow(
      /unknown token "interview.secret"/,
    );
  });

  it('never reaches beyond the values given, such as prototypes', () => {
    expect(() => render(EXAMPLE_TOKEN_VALUES, '{{ interview.constructor }}')).toThrow(AppError);
  });
});

describe('rendering', () => {
  it('puts each value where its token stands, however the braces are spaced or repeated', () => {
    const values = { ...EXAMPLE_TOKEN_VALUES, 'recipient.first_name': 'Tom & Jerry' };
    const message = renderTemplate({
      subject: '{{recipient.first_name}}{{ interview.title }}:{{   recipient.first_name   }}',
      body: '<p>{{recipient.first_name}}{{ job.title }} {{ recipient.first_name }}</p>',
      values,
    });
    expect(message.subject).toBe(
      `Tom & Jerry${EXAMPLE_TOKEN_VALUES['interview.title']}:Tom & Jerry`,
    );
    expect(message.html).toBe(
      `<p>Tom &amp; Jerry${EXAMPLE_TOKEN_VALUES['job.title']} Tom &amp; Jerry</p>`,
    );
  });
});

describe('the text part', () => {
  // The shapes of the default invites: lists, strong text, line breaks, a link.
  const defaultShape = `<p>Hello {{ recipient.first_name }},</p>
<ul>
<li><strong>When:</strong> {{ interview.date }}, {{ interview.time }} ({{ interview.duration }})</li>
<li><strong>Where:</strong> {{ interview.location }} {{ interview.meeting_url }}</li>
</ul>
<p>{{ interview.notes }}</p>
<p><strong>Please confirm:</strong> select the <a href="{{ interview.link }}">Interview Link</a>.</p>
<p>Thank you,<br>{{ organizer.name }}<br>{{ company.name }}</p>`;
  const bodies = [
    EVERY_TOKEN_BODY,
    defaultShape,
    '<h1>{{ interview.title }}</h1><ul><li>{{ recipient.full_name }}</li><li>{{ interview.notes }}</li></ul>',
    '<p>{{ interview.notes }}</p><p><a href="{{ interview.meeting_url }}">{{ interview.meeting_url }}</a></p>',
    '<p>Tom &amp; {{ recipient.first_name }} &#123;&#123; interview.link }}</p>',
    '{{ recipient.first_name }}<br />{{ interview.notes }}  <strong> {{ interview.title }} </strong>',
  ];
  const awkward = [
    ...HOSTILE_INPUTS,
    'Tom & Jerry',
    'two  spaces and\ttab',
    'line one\nline two',
    'crlf\r\nline\rcr',
    '',
    ' padded ',
    'zero\u200bwidth',
    '{{ interview.link }}',
    '&amp; &lt;b&gt;',
    '\uE0000\uE001',
    'mailto:someone@example.com',
  ];

  // The text is converted from the template once and filled per recipient; it must read exactly
  // as converting each recipient's final HTML would.
  it('reads as the conversion of the final HTML, whatever the values', () => {
    const mismatches: string[] = [];
    for (const body of bodies) {
      for (const value of awkward) {
        for (const linksToo of [false, true]) {
          const values = Object.fromEntries(
            Object.entries(EXAMPLE_TOKEN_VALUES).map(([name, example]) => [
              name,
              !linksToo && /link|url|email/.test(name) ? example : value,
            ]),
          ) as TokenValues;
          const message = renderTemplate({ subject: SAMPLE_SUBJECT, body, values });
          if (message.text !== htmlToText(message.html)) {
            mismatches.push(`${JSON.stringify(value)} in ${body.slice(0, 40)}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
