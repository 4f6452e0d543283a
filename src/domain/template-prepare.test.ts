import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { prepareTemplate } from './template-prepare.js';

describe('prepareTemplate', () => {
  it('stores the sanitized body and a trimmed subject, flagged invitable', () => {
    const prepared = prepareTemplate({
      subject: '  Your interview  ',
      body: '<p onclick="x">Hi</p><a href="{{ interview.link }}">Confirm</a><script>x</script>',
    });
    expect(prepared).toEqual({
      subject: 'Your interview',
      body: '<p>Hi</p><a href="{{ interview.link }}" rel="noopener noreferrer">Confirm</a>',
      invitable: true,
      schedulable: false,
    });
  });

  it('flags a template carrying the Scheduling Link as schedulable', () => {
    const prepared = prepareTemplate({
      subject: 'Pick a time',
      body: '<p><a href="{{ scheduling.link }}">Choose</a></p>',
    });
    expect(prepared).toMatchObject({ invitable: false, schedulable: true });
  });

  it('flags a template without the Interview Link as not invitable', () => {
    expect(prepareTemplate({ subject: 'Reminder', body: '<p>See you</p>' }).invitable).toBe(false);
  });

  it('does not count an Interview Link that only sat in a dropped comment or script', () => {
    const body = '<!-- {{ interview.link }} --><script>{{ interview.link }}</script><p>Hi</p>';
    expect(prepareTemplate({ subject: 'Hi', body }).invitable).toBe(false);
  });

  it('refuses an unknown token at the position the author wrote it', () => {
    expect(() =>
      prepareTemplate({ subject: 'Hi', body: '<p>\n  {{ candidate.age }}</p>' }),
    ).toThrow('body line 2, column 3: unknown token "candidate.age"');
  });

  it('refuses braces that only form a token once markup between them is dropped', () => {
    expect(() =>
      prepareTemplate({ subject: 'Hi', body: '{<span></span>{ interview.secret }}' }),
    ).toThrow(AppError);
  });
});
