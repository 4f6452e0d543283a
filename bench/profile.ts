import pino from 'pino';
import { hashSecret, newSecret } from '../src/crypto/secrets.js';
import { buildMeetingRequest } from '../src/domain/meeting-request.js';
import { tokenize } from '../src/domain/template-engine.js';
import {
  htmlToText,
  sanitizeRenderedHtml,
  sanitizeTemplateHtml,
} from '../src/domain/template-html.js';
import { renderTemplate } from '../src/domain/template-render.js';
import { validateTemplate } from '../src/domain/template-syntax.js';
import { buildTokenValues } from '../src/domain/template-values.js';
import { sendInvites } from '../src/invites/send-invites.js';
import { composeMessage } from '../src/mail/compose-message.js';
import { startOutboxWorker } from '../src/mail/outbox-worker.js';
import { smtpTransport, type Transport } from '../src/mail/transports.js';
import { resolveInviteContents } from '../src/messages/invite-content.js';
import { loadMessageContext } from '../src/messages/message-context.js';
import { interviewFacts, renderMessage } from '../src/messages/render-message.js';
import { openBenchDatabase } from './lib/database.js';
import { fmt, options } from './lib/options.js';
import { defaultTemplates, insertAdmin, seedInterviews } from './lib/seed.js';
import type { CountingSink } from './lib/sink.js';

/**
 * Where a message's time goes on the send path: the queueing transaction alone, the worker
 * alone (with a transport that does nothing, then with SMTP), and each pure step in a loop.
 * Printed as microseconds per message; RESULTS.md discusses them.
 */
export async function profileSend(sink: CountingSink): Promise<void> {
  const n = options.profileInterviews;
  console.log(
    `\nprofile of the send path (${fmt(n)} interviews = ${fmt(n * 3)} messages per phase)`,
  );
  const noop: Transport = { name: 'smtp', send: async () => undefined, close: () => undefined };
  await phases(
    n,
    noop,
    'worker, transport doing nothing (DB claim + mark sent + event)',
    sink,
    false,
  );
  await phases(n, smtpTransport(sink.url), 'worker, pooled SMTP to the sink', sink, true);
  await pureSteps();
}

async function phases(
  n: number,
  transport: Transport,
  label: string,
  sink: CountingSink,
  viaSink: boolean,
) {
  const bench = await openBenchDatabase();
  try {
    const { db } = bench.database;
    const actor = await insertAdmin(db);
    const firstStart = new Date(Date.now() + 30 * 24 * 3_600_000);
    const { interviewIds } = await seedInterviews(db, {
      count: n,
      status: 'draft',
      firstStart,
      spacingMinutes: 30,
    });
    const templates = await defaultTemplates(db);
    const settings = {
      from: bench.config.mailFrom,
      companyName: bench.config.companyName,
      publicUrl: bench.config.publicUrl,
    };
    let t = performance.now();
    for (const interviewId of interviewIds) {
      await sendInvites({ db, actor, interviewId, settings, ...templates });
    }
    const queueUs = ((performance.now() - t) * 1000) / (n * 3);
    await sink.reset();
    t = performance.now();
    const worker = startOutboxWorker({
      database: bench.database,
      transport,
      from: bench.config.mailFrom,
      log: pino({ level: 'silent' }),
      pollMs: 3_600_000,
    });
    await worker.drain();
    if (viaSink) {
      await sink.waitFor(n * 3, options.timeoutMs);
    }
    const deliverUs = ((performance.now() - t) * 1000) / (n * 3);
    await worker.stop();
    console.log(`  sendInvites transaction (queue only): ${fmt(queueUs)} µs/message`);
    console.log(`  ${label}: ${fmt(deliverUs)} µs/message`);
  } finally {
    await bench.drop();
  }
}

async function pureSteps() {
  const bench = await openBenchDatabase();
  try {
    const { db } = bench.database;
    const actor = await insertAdmin(db);
    const { interviewIds } = await seedInterviews(db, {
      count: 1,
      status: 'draft',
      firstStart: new Date(Date.now() + 86_400_000),
      spacingMinutes: 30,
    });
    const interview = await db
      .selectFrom('interviews')
      .selectAll()
      .where('id', '=', interviewIds[0] as string)
      .executeTakeFirstOrThrow();
    const settings = {
      from: bench.config.mailFrom,
      companyName: bench.config.companyName,
      publicUrl: bench.config.publicUrl,
    };
    const context = await loadMessageContext(db, interview, actor, settings);
    const contents = await resolveInviteContents(db, await defaultTemplates(db));
    const participant = context.participants[1] as (typeof context.participants)[number];
    const template = contents.interviewer;
    const link = `https://convene.bench/i/${newSecret()}`;
    const tokenInput = {
      interview: interviewFacts(interview),
      candidate: { firstName: 'Kenji', lastName: 'Sato' },
      recipient: { name: participant.name, firstName: null, timeZone: participant.time_zone },
      interviewers: ['Interviewer 1 Example', 'Interviewer 2 Example'],
      jobTitle: interview.job_title,
      organizer: { name: actor.name, email: actor.email },
      companyName: settings.companyName,
      link,
    };
    const values = buildTokenValues(tokenInput);
    const rendered = renderMessage(context, participant, template, link);
    const safeBody = sanitizeTemplateHtml(template.body);
    const calendarInput = {
      method: 'REQUEST' as const,
      uid: interview.calendar_uid,
      sequence: 0,
      stamp: new Date(),
      startsAt: new Date(interview.starts_at),
      endsAt: new Date(interview.ends_at),
      summary: interview.title,
      description: rendered.text,
      location: interview.location,
      url: interview.meeting_url,
      organizer: { name: settings.companyName, email: settings.from },
      attendees: context.participants.map((p) => ({
        name: p.name,
        email: p.email,
        role: 'REQ-PARTICIPANT' as const,
      })),
    };
    const calendar = buildMeetingRequest(calendarInput);
    const steps: Array<[string, () => unknown]> = [
      ['newSecret + hashSecret (token)', () => hashSecret(newSecret())],
      ['buildTokenValues', () => buildTokenValues(tokenInput)],
      [
        'renderTemplate (per recipient; template compiled)',
        () => renderTemplate({ ...template, values }),
      ],
      ['  once per template: sanitizeTemplateHtml', () => sanitizeTemplateHtml(template.body)],
      [
        '  once per template: validateTemplate',
        () => validateTemplate({ subject: template.subject, body: safeBody }),
      ],
      ['  once per template: tokenize', () => tokenize(safeBody)],
      [
        '  only for a link not plainly http(s)/mailto: sanitizeRenderedHtml',
        () => sanitizeRenderedHtml(rendered.html),
      ],
      ['  only for a value the text twin cannot join: htmlToText', () => htmlToText(rendered.html)],
      ['buildMeetingRequest', () => buildMeetingRequest(calendarInput)],
    ];
    console.log('  pure steps, per message:');
    for (const [name, step] of steps) console.log(`    ${name}: ${fmt(timeSync(step))} µs`);
    const composeUs = await timeAsync(() =>
      composeMessage({
        messageId: '<x@convene.bench>',
        from: { name: settings.companyName, email: settings.from },
        to: { name: participant.name, email: participant.email },
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        calendar: { method: 'REQUEST', content: calendar },
      }),
    );
    console.log(`    composeMessage: ${fmt(composeUs)} µs`);
  } finally {
    await bench.drop();
  }
}

function timeSync(step: () => unknown, runs = 1_000): number {
  for (let i = 0; i < 50; i += 1) step();
  const t = performance.now();
  for (let i = 0; i < runs; i += 1) step();
  return ((performance.now() - t) * 1000) / runs;
}

async function timeAsync(step: () => Promise<unknown>, runs = 500): Promise<number> {
  for (let i = 0; i < 20; i += 1) await step();
  const t = performance.now();
  for (let i = 0; i < runs; i += 1) await step();
  return ((performance.now() - t) * 1000) / runs;
}
