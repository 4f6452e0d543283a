import { describe, expect, it } from 'vitest';
import { fieldLabel, formatDuration, formatIssue, humanMessage } from './format.js';
import { forms } from './i18n/en/forms.js';
import { time } from './i18n/en/time.js';
import { translate } from './i18n/translate.js';

const t = translate(forms);

describe('what a refused form says', () => {
  it.each([
    ['must NOT have fewer than 1 characters', 'Required'],
    ['is required', 'Required'],
    ['must not be empty', 'Required'],
    ['must NOT have fewer than 12 characters', 'Enter at least 12 characters'],
    ['must NOT have more than 200 characters', 'Use at most 200 characters'],
    ['must NOT have fewer than 1 items', 'Choose at least one'],
    ['must NOT have more than 20 items', 'Choose at most 20'],
    ['must match format "email"', 'Enter an email address like name@example.com'],
    ['must match format "uuid"', 'Choose one from the list'],
    ['must be integer', 'Enter a whole number'],
    ['must be >= 5', 'Enter 5 or more'],
    ['must be <= 1440', 'Enter 1440 or less'],
    ['must be equal to one of the allowed values', 'Choose one of the options'],
    ['is not a known field', 'This field is not accepted here'],
    ['must be an http(s) URL', 'Enter a web address that starts with https://'],
    ['is in the past', 'Choose a time in the future'],
    // Already a sentence: kept.
    [
      '"kenji-at-example.jp" is not a valid email address',
      '"kenji-at-example.jp" is not a valid email address',
    ],
  ])('%j → %j', (message, sentence) => expect(humanMessage(message, t)).toBe(sentence));

  it('never shows the validator’s wording, and keeps a template issue’s position', () => {
    expect(
      formatIssue({ field: 'title', message: 'must NOT have fewer than 1 characters' }, t),
    ).toBe('Required');
    expect(
      formatIssue(
        { field: 'body', message: 'unknown token "x"', token: 'x', line: 2, column: 7 },
        t,
      ),
    ).toBe('Unknown token {{ x }} at line 2, column 7');
    expect(
      formatIssue({ field: 'body', message: 'must not be empty', line: 1, column: 1 }, t),
    ).toBe('Required at line 1, column 1');
  });

  it('names fields as the screens do', () => {
    expect(fieldLabel('candidate.body', t)).toBe('Candidate message');
    expect(fieldLabel('meetingUrl', t)).toBe('Meeting link');
    expect(fieldLabel('reminders.hoursBefore', t)).toBe('Reminders hours before');
    expect(fieldLabel('events.2', t)).toBe('Events 2');
  });
});

describe('a duration', () => {
  it('is written in hours and minutes, leaving out a part that is zero', () => {
    const t = translate(time);
    expect(formatDuration(90, t)).toBe('1 h 30 min');
    expect(formatDuration(45, t)).toBe('45 min');
    expect(formatDuration(120, t)).toBe('2 h');
  });
});
