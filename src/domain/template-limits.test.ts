import { describe, expect, it } from 'vitest';
import { AppError, MAX_ISSUES } from './errors.js';
import { MAX_TEMPLATE_DEPTH } from './template-limits.js';
import { findTemplateIssues, validateTemplate } from './template-syntax.js';

const SUBJECT = 'Interview';
const LINK = '<a href="{{ interview.link }}">Interview Link</a>';

function nested(depth: number, tag = 'b'): string {
  return `${`<${tag}>`.repeat(depth)}x${`</${tag}>`.repeat(depth)}`;
}

describe('template limits', () => {
  it('reports the first 20 of 50,000 stray closing braces, each at its line and column', () => {
    const body = '}}\n'.repeat(50_000);
    const issues = findTemplateIssues({ subject: SUBJECT, body });
    expect(issues).toHaveLength(MAX_ISSUES);
    issues.forEach((issue, i) => {
      expect(issue).toMatchObject({ field: 'body', line: i + 1, column: 1 });
    });
  });

  it('stops at 20 issues across subject and body together', () => {
    const issues = findTemplateIssues({
      subject: '{{ nope }}'.repeat(15),
      body: '{{ nope }}'.repeat(15),
    });
    expect(issues).toHaveLength(MAX_ISSUES);
    expect(issues.filter((i) => i.field === 'subject')).toHaveLength(15);
  });

  it('says in the message that only the first 20 problems are listed', () => {
    try {
      validateTemplate({ subject: SUBJECT, body: '%}'.repeat(1_000) });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toMatch(/only the first 20 problems are listed$/);
      expect((error as AppError).message.length).toBeLessThan(3_000);
    }
  });

  it(`accepts elements nested ${MAX_TEMPLATE_DEPTH} deep`, () => {
    expect(
      findTemplateIssues({ subject: SUBJECT, body: nested(MAX_TEMPLATE_DEPTH) + LINK }),
    ).toEqual([]);
  });

  it('refuses elements nested one level deeper, naming the limit and where it is passed', () => {
    const body = `<p>Hi</p>\n${nested(MAX_TEMPLATE_DEPTH + 1, 'blockquote')}`;
    expect(findTemplateIssues({ subject: SUBJECT, body })).toEqual([
      {
        field: 'body',
        line: 2,
        column: MAX_TEMPLATE_DEPTH * '<blockquote>'.length + 1,
        message: `elements nest more than ${MAX_TEMPLATE_DEPTH} levels deep here; at most ${MAX_TEMPLATE_DEPTH} are allowed`,
      },
    ]);
  });

  it('counts tags the sanitizer would drop, as written, and ignores void and self-closed ones', () => {
    expect(findTemplateIssues({ subject: SUBJECT, body: nested(3_000, 'span') })).toHaveLength(1);
    expect(findTemplateIssues({ subject: SUBJECT, body: '<br>'.repeat(5_000) })).toEqual([]);
    expect(findTemplateIssues({ subject: SUBJECT, body: '<p>a'.repeat(5_000) })).toEqual([]);
  });
});
