import { describe, expect, it } from 'vitest';
import { sampleContext } from './template-samples.fixture.js';
import {
  EXAMPLE_TOKEN_VALUES,
  INTERVIEW_LINK_TOKEN,
  isTokenName,
  SCHEDULING_LINK_TOKEN,
  TEMPLATE_TOKENS,
} from './template-tokens.js';
import { buildTokenValues } from './template-values.js';

// DESIGN §3, in its order, then §9's scheduling link.
const DESIGN_TOKENS = [
  'interview.link',
  'interview.title',
  'interview.date',
  'interview.time',
  'interview.end_time',
  'interview.timezone',
  'interview.duration',
  'interview.location',
  'interview.meeting_url',
  'interview.notes',
  'candidate.first_name',
  'candidate.last_name',
  'candidate.full_name',
  'recipient.first_name',
  'recipient.full_name',
  'interviewers.names',
  'job.title',
  'organizer.name',
  'organizer.email',
  'company.name',
  'scheduling.link',
];

describe('the token registry', () => {
  it('lists exactly the standard tokens of DESIGN §3, in order', () => {
    expect(TEMPLATE_TOKENS.map((t) => t.name)).toEqual(DESIGN_TOKENS);
  });

  it('gives every token a label, a description and an example for the menu and docs', () => {
    for (const token of TEMPLATE_TOKENS) {
      expect(token.label, token.name).not.toBe('');
      expect(token.description, token.name).not.toBe('');
      expect(token.example, token.name).not.toBe('');
    }
  });

  it('names interview.link as the Interview Standard Token', () => {
    expect(INTERVIEW_LINK_TOKEN).toBe('interview.link');
    expect(isTokenName(INTERVIEW_LINK_TOKEN)).toBe(true);
  });

  it('names scheduling.link as the token scheduling requests need', () => {
    expect(SCHEDULING_LINK_TOKEN).toBe('scheduling.link');
    expect(isTokenName(SCHEDULING_LINK_TOKEN)).toBe(true);
  });

  it('recognises token names exactly, case included', () => {
    expect(isTokenName('candidate.first_name')).toBe(true);
    expect(isTokenName('Candidate.First_Name')).toBe(false);
    expect(isTokenName('candidate')).toBe(false);
    expect(isTokenName('constructor')).toBe(false);
  });

  it('shows examples that are what the sample interview really renders', () => {
    const values = buildTokenValues(sampleContext({ name: 'Ada Lovelace', firstName: 'Ada' }));
    expect(EXAMPLE_TOKEN_VALUES).toEqual(values);
  });
});
