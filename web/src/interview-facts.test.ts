import { describe, expect, it } from 'vitest';
import { interviews } from './i18n/en/interviews.js';
import { translate } from './i18n/translate.js';
import { attendanceSummary as summary } from './interview-facts.js';
import type { Attendance, Interview } from './types.js';

const attendanceSummary = (interview: Interview) => summary(interview, translate(interviews));
const withAnswers = (...answers: Attendance[]) =>
  ({ participants: answers.map((attendance) => ({ attendance })) }) as unknown as Interview;

describe('the attendance line of a Manage Interviews row', () => {
  it('counts who confirmed out of everyone invited', () => {
    expect(attendanceSummary(withAnswers('pending', 'pending', 'pending'))).toBe(
      '0 of 3 confirmed',
    );
    expect(attendanceSummary(withAnswers('confirmed', 'confirmed', 'pending'))).toBe(
      '2 of 3 confirmed',
    );
  });

  it('adds how many declined once someone has', () => {
    expect(attendanceSummary(withAnswers('confirmed', 'declined', 'pending'))).toBe(
      '1 of 3 confirmed, 1 declined',
    );
  });
});
