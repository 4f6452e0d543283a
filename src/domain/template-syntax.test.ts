import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { findTemplateIssues, isInvitable, validateTemplate } from './template-syntax.js';

const SUBJECT = 'Your interview on {{ interview.date }}';

/** The AppError validateTemplate throws, for asserting on its details. */
function refusal(subject: string, body: string): AppError {
  try {
    validateTemplate({ subject, body });
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the template to be refused');
}

describe('validateTemplate', () => {
  it('accepts known tokens in the subject and body, as text and as a link', () => {
    const body = '<p>Hi {{ recipient.first_name }}</p><a href="{{ interview.link }}">Confirm</a>';
    expect(() => validateTemplate({ subject: SUBJECT, body })).not.toThrow();
  });

  it('treats a token the same whatever whitespace surrounds its name', () => {
    for (const link of ['{{interview.link}}', '{{  interview.link  }}', '{{\ninterview.link\t}}']) {
      expect(findTemplateIssues({ subject: SUBJECT, body: link }), link).toEqual([]);
      expect(isInvitable(SUBJECT, link), link).toBe(true);
    }
  });

  it('refuses each unknown token, naming it with its line and column', () => {
    const body = '<p>Hello {{ candidate.name }},</p>\n<p>  at {{ interview.place }}</p>';
    const error = refusal(SUBJECT, body);
    expect(error.code).toBe('validation_error');
    expect(error.details).toEqual({
      issues: [
        {
          field: 'body',
          token: 'candidate.name',
          line: 1,
          column: 10,
          message: 'unknown token "candidate.name"',
        },
        {
          field: 'body',
          token: 'interview.place',
          line: 2,
          column: 9,
          message: 'unknown token "interview.place"',
        },
      ],
    });
    expect(error.message).toContain('body line 1, column 10: unknown token "candidate.name"');
    expect(error.message).toContain('body line 2, column 9: unknown token "interview.place"');
  });

  it('reports unknown tokens in the subject against the subject field', () => {
    const [issue] = findTemplateIssues({ subject: 'Hi {{ candidate.nickname }}', body: '' });
    expect(issue).toMatchObject({
      field: 'subject',
      token: 'candidate.nickname',
      line: 1,
      column: 4,
    });
  });

  it('treats token names as case-sensitive', () => {
    const [issue] = findTemplateIssues({ subject: SUBJECT, body: '{{ Interview.Link }}' });
    expect(issue).toMatchObject({
      token: 'Interview.Link',
      message: 'unknown token "Interview.Link"',
    });
  });

  it('refuses an unclosed token where it opens, after reporting the tokens before it', () => {
    const body = '<p>{{ job.titel }}</p>\n<p>On {{ interview.title </p>';
    expect(findTemplateIssues({ subject: SUBJECT, body })).toEqual([
      {
        field: 'body',
        token: 'job.titel',
        line: 1,
        column: 4,
        message: 'unknown token "job.titel"',
      },
      {
        field: 'body',
        line: 2,
        column: 7,
        message: '"{{ interview.title </p>" opens {{ but never closes it with }}',
      },
    ]);
  });

  it('refuses a closing }} that has no opening braces', () => {
    const [issue] = findTemplateIssues({ subject: SUBJECT, body: 'Join: interview.link }}' });
    expect(issue).toMatchObject({
      line: 1,
      column: 22,
      message: '"}}" has no matching "{{" before it',
    });
  });

  it('refuses Liquid tags, which could loop, branch or include files', () => {
    for (const body of [
      '{% if candidate.first_name %}Hi{% endif %}',
      '{% include "secrets" %}',
      '{% assign x = 1 %}',
      '{% raw %}{{ x }}{% endraw %}',
      '{%- comment -%}x{%- endcomment -%}',
      '{% if x',
      '{%%}',
    ]) {
      const issues = findTemplateIssues({ subject: SUBJECT, body });
      expect(issues.length, body).toBeGreaterThan(0);
      expect(issues[0]?.message, body).toMatch(/^tags like .* are not allowed/);
      expect(issues[0], body).toMatchObject({ line: 1, column: 1 });
    }
  });

  it('refuses filters, naming the token they were applied to', () => {
    const [issue] = findTemplateIssues({
      subject: SUBJECT,
      body: '{{ candidate.first_name | upcase }}',
    });
    expect(issue).toMatchObject({ token: 'candidate.first_name' });
    expect(issue?.message).toMatch(/^filters are not allowed/);
  });

  it('refuses anything in braces that is not a plain token name', () => {
    for (const body of [
      '{{ }}',
      '{{ "text" }}',
      '{{ 1 + 1 }}',
      '{{ interview["link"] }}',
      '{{- interview.link -}}',
    ]) {
      expect(findTemplateIssues({ subject: SUBJECT, body }), body).toHaveLength(1);
    }
  });

  it('refuses an empty or blank subject', () => {
    for (const subject of ['', '   ', '\t']) {
      expect(refusal(subject, '{{ interview.link }}').details).toEqual({
        issues: [{ field: 'subject', line: 1, column: 1, message: 'must not be empty' }],
      });
    }
  });

  it('refuses a subject with a line break, which has no place in a mail header', () => {
    const [issue] = findTemplateIssues({ subject: 'Interview\r\nBcc: x@example.com', body: '' });
    expect(issue).toMatchObject({
      field: 'subject',
      line: 1,
      column: 10,
      message: 'must be one line',
    });
  });
});

describe('isInvitable', () => {
  it('is true when the body links the Interview Link token', () => {
    expect(isInvitable('Interview', '<a href="{{ interview.link }}">Confirm</a>')).toBe(true);
  });

  it('is true when only the subject carries the Interview Link token', () => {
    expect(isInvitable('Confirm at {{ interview.link }}', '<p>Hi</p>')).toBe(true);
  });

  it('is false without the token, or with the name only as plain text', () => {
    expect(isInvitable('Interview', '<p>interview.link {{ interview.meeting_url }}</p>')).toBe(
      false,
    );
  });

  it('is false for a template that cannot be read', () => {
    expect(isInvitable('Interview', '{{ interview.link')).toBe(false);
  });
});
