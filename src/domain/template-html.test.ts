import { describe, expect, it } from 'vitest';
import { htmlToText, sanitizeRenderedHtml, sanitizeTemplateHtml } from './template-html.js';

const REL = 'rel="noopener noreferrer"';

describe('sanitizeTemplateHtml', () => {
  it('keeps the formatting the editor offers', () => {
    const html =
      '<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><p><strong>s</strong> <b>b</b> <em>e</em> <i>i</i> <u>u</u><br /></p>' +
      '<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote>';
    expect(sanitizeTemplateHtml(html)).toBe(html);
  });

  it('drops other tags but keeps their text, and drops script and style content entirely', () => {
    expect(
      sanitizeTemplateHtml(
        '<div><span>kept</span></div><script>alert(1)</script><style>p{}</style>',
      ),
    ).toBe('kept');
  });

  it('strips style, class, id and event handler attributes', () => {
    expect(
      sanitizeTemplateHtml('<p style="color:red" class="x" id="y" onclick="alert(1)">t</p>'),
    ).toBe('<p>t</p>');
  });

  it('keeps http, https and mailto links and marks them noopener noreferrer', () => {
    expect(
      sanitizeTemplateHtml('<a href="https://x.example/a?b=1&amp;c=2" target="_blank">x</a>'),
    ).toBe(`<a href="https://x.example/a?b=1&amp;c=2" ${REL}>x</a>`);
    expect(sanitizeTemplateHtml('<a href="mailto:hr@x.example" rel="opener">m</a>')).toBe(
      `<a href="mailto:hr@x.example" ${REL}>m</a>`,
    );
  });

  it('unwraps links to any other scheme, or to relative paths, keeping their text', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html,x',
      '/relative',
      '//evil.example',
      'ftp://x.example',
    ]) {
      expect(sanitizeTemplateHtml(`<p><a href="${href}">x</a></p>`), href).toBe('<p>x</p>');
    }
  });

  it('keeps tokens intact in text and as a whole href', () => {
    const html = `<p>Hi {{ recipient.first_name }}, <a href="{{ interview.link }}" ${REL}>{{interview.link}}</a></p>`;
    expect(sanitizeTemplateHtml(html)).toBe(html);
    expect(sanitizeTemplateHtml('<a href="mailto:{{ organizer.email }}">m</a>')).toBe(
      `<a href="mailto:{{ organizer.email }}" ${REL}>m</a>`,
    );
  });

  it('unwraps a link whose href only hides a scheme behind a token', () => {
    expect(sanitizeTemplateHtml('<a href="java{{ job.title }}script:alert(1)">x</a>')).toBe('x');
  });

  it('leaves the next link alone after unwrapping one', () => {
    expect(
      sanitizeTemplateHtml('<a href="javascript:x">bad</a><a href="https://ok.example">ok</a>'),
    ).toBe(`bad<a href="https://ok.example" ${REL}>ok</a>`);
  });
});

describe('sanitizeRenderedHtml', () => {
  it('unwraps a link that still is not an absolute http(s) or mailto URL after rendering', () => {
    expect(sanitizeRenderedHtml('<a href="{{ interview.link }}">x</a>')).toBe('x');
    expect(sanitizeRenderedHtml('<a href="javascript:alert(1)">x</a>')).toBe('x');
    expect(sanitizeRenderedHtml('<a href="https://ok.example/i/abc">x</a>')).toBe(
      `<a href="https://ok.example/i/abc" ${REL}>x</a>`,
    );
  });
});

describe('htmlToText', () => {
  it('writes a link as "text (url)", or the url alone when the text is the url', () => {
    const html =
      '<p>Confirm <a href="https://c.example/i/x">here</a> or open <a href="https://c.example/i/x">https://c.example/i/x</a>.</p>';
    expect(htmlToText(html)).toBe(
      'Confirm here (https://c.example/i/x) or open https://c.example/i/x.',
    );
  });

  it('writes a mailto link as the address when the text is the address', () => {
    expect(htmlToText('<a href="mailto:hr@x.example">hr@x.example</a>')).toBe('hr@x.example');
  });

  it('keeps headings as written, lists as bullets, and does not hard-wrap long lines', () => {
    const long = 'word '.repeat(40).trim();
    const text = htmlToText(
      `<h1>Your Interview</h1><p>${long}</p><ul><li>one</li><li>two</li></ul>`,
    );
    expect(text).toBe(`Your Interview\n\n${long}\n\n * one\n * two`);
  });

  it('decodes entities back to plain characters', () => {
    expect(htmlToText('<p>Tom &amp; Jerry &lt;b&gt;</p>')).toBe('Tom & Jerry <b>');
  });
});
