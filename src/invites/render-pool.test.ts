import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import { AppError } from '../domain/errors.js';
import type { BuiltMessages, QueueMessagesOptions } from './queue-messages.js';
import { buildInline, type RenderPool, startRenderPool } from './render-pool.js';

const settings = {
  from: 'interviews@convene.example.com',
  companyName: 'Example Corp',
  publicUrl: 'https://convene.example.com',
};

function job(n: number, overrides: { candidateEmail?: string } = {}): QueueMessagesOptions {
  const interview: InterviewsTable = {
    id: `interview-${n}`,
    title: `Onsite ${n}`,
    candidate_id: `candidate-${n}`,
    job_title: 'Backend Engineer',
    starts_at: '2027-03-02T09:00:00.000Z',
    ends_at: '2027-03-02T10:00:00.000Z',
    duration_minutes: 60,
    time_zone: 'Europe/Berlin',
    location: 'Room 4',
    meeting_url: 'https://meet.example.com/abc',
    notes: null,
    status: 'draft',
    calendar_uid: `uid-${n}@convene.example.com`,
    sequence: 0,
    version: 1,
    organizer_id: null,
    invite_content: null,
    invites_sent_at: null,
    cancelled_at: null,
    reminder_settings: null,
    created_at: '2027-01-01T00:00:00.000Z',
    updated_at: '2027-01-01T00:00:00.000Z',
  };
  const person = (
    i: number,
    role: ParticipantsTable['role'],
    name: string,
    email: string,
  ): ParticipantsTable => ({
    id: `p-${n}-${i}`,
    interview_id: interview.id,
    role,
    position: i,
    user_id: null,
    candidate_id: null,
    name,
    email,
    time_zone: i === 0 ? 'America/New_York' : 'Asia/Tokyo',
    attendance: 'pending',
    responded_at: null,
    decline_reason: null,
    last_opened_at: null,
  });
  const participants = [
    person(0, 'candidate', `Ada ${n}`, overrides.candidateEmail ?? `ada${n}@example.com`),
    person(1, 'interviewer', 'Grace Hopper', 'grace@example.com'),
  ];
  const content = (audience: string) => ({
    templateId: null,
    subject: `Interview {{ interview.title }} for ${audience}`,
    body: '<p>Hello {{ recipient.first_name }}, <a href="{{ interview.link }}">confirm</a>.</p>',
  });
  return {
    context: {
      interview,
      candidate: { first_name: `Ada ${n}`, last_name: 'Lovelace' },
      participants,
      organizer: { name: 'Rita Recruiter', email: 'rita@example.com' },
      settings,
    },
    recipients: participants,
    kind: 'invite',
    sequence: 0,
    contents: { candidate: content('you'), interviewer: content('the panel') },
    now: new Date('2027-01-05T12:00:00.000Z'),
  };
}

const log = {
  errors: [] as string[],
  error: (_: unknown, message: string) => log.errors.push(message),
};

let pool: RenderPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
  log.errors = [];
});

async function summary(built: BuiltMessages | AppError) {
  if (built instanceof AppError) throw built;
  return Promise.all(
    built.messages.map(async (message) => {
      expect(Buffer.isBuffer(message.raw)).toBe(true);
      const parsed = await simpleParser(message.raw);
      return {
        to: message.to.email,
        subject: parsed.subject,
        text: parsed.text?.replace(/\/i\/[\w-]{43}/, '/i/<token>'),
        calendar: parsed.attachments.some((a) => a.contentType === 'application/ics'),
      };
    }),
  );
}

describe('rendering threads', () => {
  it('build the same messages as rendering inline, one result per job in order', async () => {
    pool = startRenderPool({ threads: 2, log });
    const jobs = Array.from({ length: 6 }, (_, i) => job(i));
    const [threaded, inline] = await Promise.all([pool.build(jobs), buildInline(jobs)]);
    expect(threaded).toHaveLength(6);
    for (let i = 0; i < jobs.length; i += 1) {
      const got = await summary(threaded[i] as BuiltMessages);
      expect(got).toEqual(await summary(inline[i] as BuiltMessages));
      expect(got[0]).toMatchObject({
        to: `ada${i}@example.com`,
        subject: `Interview Onsite ${i} for you`,
        calendar: true,
      });
      expect(got[0]?.text).toContain(
        `Hello Ada ${i}, confirm (https://convene.example.com/i/<token>)`,
      );
    }
    // Each message's link carries its own token, drawn in the thread.
    const built = threaded[0] as BuiltMessages;
    expect(built.tokens.map((t) => t.participantId)).toEqual(['p-0-0', 'p-0-1']);
    expect(new Set(built.tokens.map((t) => t.token)).size).toBe(2);
    expect(log.errors).toEqual([]);
  });

  it('hand back a refused interview as an AppError and go on with the others', async () => {
    pool = startRenderPool({ threads: 1, log });
    // An attendee who is the organizer: the meeting-request rules refuse it.
    const jobs = [job(1), job(2, { candidateEmail: settings.from }), job(3)];
    const results = await pool.build(jobs);
    expect(results[0]).not.toBeInstanceOf(AppError);
    expect(results[2]).not.toBeInstanceOf(AppError);
    const refused = results[1] as AppError;
    expect(refused).toBeInstanceOf(AppError);
    expect(refused.code).toBe('validation_error');
    expect(refused.message).toMatch(/must not be the organizer/);
    expect(log.errors).toEqual([]);
  });

  it('render a job the thread failed on inline, so its real error surfaces as it would inline', async () => {
    pool = startRenderPool({ threads: 1, log });
    const broken = { ...job(1), contents: undefined };
    await expect(pool.build([broken])).rejects.toThrow(/no candidate message content/);
    await expect(buildInline([broken])).rejects.toThrow(/no candidate message content/);
    expect(log.errors).toEqual(['rendering thread could not build a message']);
    // The thread is still there for the next batch.
    const [next] = await pool.build([job(4)]);
    expect(next).not.toBeInstanceOf(AppError);
  });

  it('render inline with no threads, and after the pool is closed', async () => {
    const inline = startRenderPool({ threads: 0, log });
    expect(await summary((await inline.build([job(1)]))[0] as BuiltMessages)).toHaveLength(2);
    pool = startRenderPool({ threads: 1, log });
    await pool.close();
    expect(await summary((await pool.build([job(2)]))[0] as BuiltMessages)).toHaveLength(2);
  });
});
