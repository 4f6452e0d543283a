import { describe, expect, it } from 'vitest';
import { sampleContext } from './template-samples.fixture.js';
import { TEMPLATE_TOKENS } from './template-tokens.js';
import { buildTokenValues, type TokenContext } from './template-values.js';

const ada = { name: 'Ada Lovelace', firstName: 'Ada' };

describe('buildTokenValues', () => {
  it('gives every registry token a string value', () => {
    const values = buildTokenValues(sampleContext(ada));
    expect(Object.keys(values).sort()).toEqual(TEMPLATE_TOKENS.map((t) => t.name).sort());
    for (const value of Object.values(values)) expect(typeof value).toBe('string');
  });

  it('renders missing optional data as empty strings', () => {
    const context = sampleContext(ada);
    const bare: TokenContext = {
      ...context,
      interview: { ...context.interview, location: null, meetingUrl: undefined, notes: null },
      jobTitle: null,
      interviewers: [],
    };
    const values = buildTokenValues(bare);
    expect(values['interview.location']).toBe('');
    expect(values['interview.meeting_url']).toBe('');
    expect(values['interview.notes']).toBe('');
    expect(values['job.title']).toBe('');
    expect(values['interviewers.names']).toBe('');
  });

  it("takes a user recipient's first name from the first word of their name", () => {
    const values = buildTokenValues(sampleContext({ name: '  Grace Brewster Hopper ' }));
    expect(values['recipient.first_name']).toBe('Grace');
    expect(values['recipient.full_name']).toBe('Grace Brewster Hopper');
  });

  it('lists interviewers the way the recipient locale joins names', () => {
    const context = {
      ...sampleContext(ada),
      interviewers: ['Grace Hopper', 'Alan Turing', 'Edsger Dijkstra'],
    };
    expect(buildTokenValues(context)['interviewers.names']).toBe(
      'Grace Hopper, Alan Turing and Edsger Dijkstra',
    );
    const american = sampleContext({ ...ada, locale: 'en-US' });
    expect(
      buildTokenValues({ ...american, interviewers: context.interviewers })['interviewers.names'],
    ).toBe('Grace Hopper, Alan Turing, and Edsger Dijkstra');
  });

  it('shows date and times in the interview zone when the recipient has none', () => {
    const values = buildTokenValues(sampleContext(ada));
    expect(values['interview.date']).toBe('Tuesday, 3 March 2026');
    expect(values['interview.time']).toBe('10:00 (Europe/Berlin)');
    expect(values['interview.end_time']).toBe('11:30 (Europe/Berlin)');
    expect(values['interview.timezone']).toBe('Europe/Berlin');
    expect(values['interview.duration']).toBe('1 hour 30 minutes');
  });

  it('computes the end time from the instant, so it is right when the clocks change mid-interview', () => {
    const context = sampleContext({ name: 'Alan Turing', timeZone: 'America/New_York' });
    // 01:30 EST on 8 March 2026; an hour later New York clocks read 03:30 EDT.
    const values = buildTokenValues({
      ...context,
      interview: {
        ...context.interview,
        startsAt: new Date('2026-03-08T06:30:00Z'),
        durationMinutes: 60,
      },
    });
    expect(values['interview.date']).toBe('Sunday, 8 March 2026');
    expect(values['interview.time']).toBe('01:30 (America/New_York)');
    expect(values['interview.end_time']).toBe('03:30 (America/New_York)');
  });
});
