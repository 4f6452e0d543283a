import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw, SafeHtml } from './html.js';
import { mailtoHref, webUrl } from './links.js';

describe('html', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const name = `"><img src=x onerror=alert(1)>'&`;
    expect(html`<p title="${name}">${name}</p>`.toString()).toBe(
      '<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&amp;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&amp;</p>',
    );
  });

  it('keeps nested html and raw markup as they are and escapes strings inside lists', () => {
    const items = ['<b>', 'a&b'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${raw('<hr>')}`.toString()).toBe(
      '<ul><li>&lt;b&gt;</li><li>a&amp;b</li></ul><hr>',
    );
  });

  it('renders nothing for null, undefined and booleans, and numbers as digits', () => {
    expect(html`${null}${undefined}${false}${true}${42}`.toString()).toBe('42');
  });

  it('does not trust an object that merely looks like safe markup', () => {
    const forged = { toString: () => '<script>alert(1)</script>' } as unknown as SafeHtml;
    expect(html`${forged}`.toString()).toBe('');
    expect(forged instanceof SafeHtml).toBe(false);
  });

  it('escapes the five HTML-significant characters and leaves the rest', () => {
    expect(escapeHtml(`<>&"' é –`)).toBe('&lt;&gt;&amp;&quot;&#39; é –');
  });
});

describe('webUrl', () => {
  it('accepts absolute http and https addresses and returns them normalised', () => {
    expect(webUrl('https://meet.example.com/abc')).toBe('https://meet.example.com/abc');
    expect(webUrl(' http://Example.com ')).toBe('http://example.com/');
    expect(webUrl('https://x.example/"><script>')).toBe('https://x.example/%22%3E%3Cscript%3E');
  });

  it('refuses script, data and file schemes, relative links and null', () => {
    for (const value of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative',
      'meet.example.com/abc',
    ]) {
      expect(webUrl(value), value).toBeNull();
    }
    expect(webUrl(null)).toBeNull();
  });
});

describe('mailtoHref', () => {
  it('links an ordinary address', () => {
    expect(mailtoHref('lena.vogel@northwind.example')).toBe('mailto:lena.vogel@northwind.example');
  });

  it('refuses anything that could add mail headers or break out of the address', () => {
    for (const value of ['a@b.c?bcc=x@y.z', 'a b@c.d', '"x"@y.z', 'a@b@c.d', 'nobody', 'a@b.c\n']) {
      expect(mailtoHref(value), value).toBeNull();
    }
  });
});
