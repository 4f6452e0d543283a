import { randomUUID } from 'node:crypto';
import { prepare } from '../../src/bootstrap.js';
import { loadConfig } from '../../src/config.js';
import { type Db, openDatabase } from '../../src/db/database.js';
import type { Actor } from '../../src/domain/permissions.js';
import { createInterview } from '../../src/interviews/create-interview.js';
import { sendInvites } from '../../src/invites/send-invites.js';
import { type MailSettings, mailHost } from '../../src/mail/mail-settings.js';
import { createCandidate } from '../../src/people/create-candidate.js';
import { createUser } from '../../src/people/create-user.js';

export interface BulkInvitesOptions {
  /** How many interviews to create and send; each queues 1 + `interviewers` messages. */
  interviews: number;
  interviewers?: number;
  /** Makes every address unique to this batch: `<label>.c<n>@example.com`. */
  label: string;
  /**
   * Interviews sent side by side on PostgreSQL (default 1). More than one can hit a deadlock
   * between concurrent Send Invites on the templates rows (markTemplatesUsed), a bug of its own.
   */
  lanes?: number;
  /** The time the use cases run at; messages fall due then (a later one holds them back). */
  now?: Date;
}

/**
 * Queues Send Invites for many interviews straight through the use cases, in the test process
 * and without HTTP, so fault tests get thousands of outbox messages in seconds. Every recipient
 * address is unique, so the sink can tell each message's recipient apart.
 */
export async function queueManyInvites(
  databaseUrl: string,
  options: BulkInvitesOptions,
): Promise<{ interviewIds: string[] }> {
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'b'.repeat(40),
    PUBLIC_URL: 'https://convene.test',
    MAIL_FROM: 'interviews@example.com',
  });
  const { database } = await prepare(config);
  try {
    const settings: MailSettings = {
      from: config.mailFrom,
      companyName: config.companyName,
      publicUrl: config.publicUrl,
    };
    const actor = await coordinator(database, options.label);
    const templates = await invitableTemplates(database);
    const interviewIds: string[] = [];
    let next = 0;
    const lane = async () => {
      for (let n = next++; n < options.interviews; n = next++) {
        interviewIds.push(await sendOne(database, { actor, settings, templates, n, ...options }));
      }
    };
    const lanes = database.engine === 'postgres' ? (options.lanes ?? 1) : 1;
    await Promise.all(Array.from({ length: lanes }, lane));
    return { interviewIds };
  } finally {
    await database.close();
  }
}

async function coordinator(database: Db, label: string): Promise<Actor> {
  const user = await createUser({
    db: database.db,
    actor: undefined,
    name: `Coordinator ${label}`,
    email: `coordinator.${label}@example.com`,
    timeZone: 'UTC',
    role: 'coordinator',
  });
  return { userId: user.id, role: 'coordinator', name: user.name, email: user.email };
}

async function invitableTemplates(database: Db) {
  const rows = await database.db
    .selectFrom('templates')
    .select(['id', 'audience'])
    .where('invitable', '=', 1)
    .where('archived', '=', 0)
    .execute();
  const pick = (audience: string) => {
    const found = rows.find((t) => t.audience === audience);
    if (!found) throw new Error(`no seeded ${audience} template`);
    return { templateId: found.id };
  };
  return { candidate: pick('candidate'), interviewer: pick('interviewer') };
}

async function sendOne(
  database: Db,
  o: BulkInvitesOptions & {
    actor: Actor;
    settings: MailSettings;
    templates: Awaited<ReturnType<typeof invitableTemplates>>;
    n: number;
  },
): Promise<string> {
  const { db } = database;
  const { actor, label, n } = o;
  const candidate = await createCandidate({
    db,
    actor,
    firstName: 'Cand',
    lastName: `${label} ${n}`,
    email: `${label}.c${n}@example.com`,
    timeZone: 'UTC',
  });
  const interviewerIds: string[] = [];
  for (let k = 0; k < (o.interviewers ?? 2); k += 1) {
    const user = await createUser({
      db,
      actor: undefined,
      name: `Panel ${label} ${n} ${k}`,
      email: `${label}.i${n}.${k}@example.com`,
      timeZone: 'Europe/Berlin',
      role: 'interviewer',
    });
    interviewerIds.push(user.id);
  }
  const interview = await createInterview({
    db,
    actor,
    calendarHost: mailHost(o.settings),
    title: `Interview ${label} ${n}`,
    candidateId: candidate.id,
    interviewerIds,
    startsAt: new Date(Date.UTC(2031, 0, 1) + n * 3_600_000).toISOString(),
    durationMinutes: 45,
    timeZone: 'UTC',
    now: o.now,
  });
  await sendInvites({
    db,
    actor,
    interviewId: interview.id,
    candidate: o.templates.candidate,
    interviewer: o.templates.interviewer,
    settings: o.settings,
    now: o.now,
  });
  return interview.id;
}

/**
 * Grows the outbox to `total` queued messages (due when their models are) by copying the ones real Send Invites queued,
 * each copy with its own id, Message-ID and recipient written into its stored bytes. Rendering
 * thousands of invitations costs a minute of CPU on a 2-core machine; the worker under test
 * cannot tell a copy from an original, since it only ever sends the stored bytes.
 */
export async function multiplyOutbox(
  databaseUrl: string,
  total: number,
  label: string,
): Promise<void> {
  const database = openDatabase(databaseUrl);
  try {
    const models = await database.db
      .selectFrom('messages')
      .selectAll()
      .where('state', '=', 'queued')
      .execute();
    if (models.length === 0) throw new Error('nothing queued to copy');
    const copies = [];
    for (let n = models.length; n < total; n += 1) {
      const model = models[n % models.length]!;
      const id = randomUUID();
      const messageId = `<${id}@convene.test>`;
      const to = `${label}.copy${n}@example.com`;
      const raw = model.raw.split(model.message_id).join(messageId).split(model.to_email).join(to);
      copies.push({ ...model, id, message_id: messageId, to_email: to, raw });
    }
    for (let i = 0; i < copies.length; i += 100) {
      await database.db
        .insertInto('messages')
        .values(copies.slice(i, i + 100))
        .execute();
    }
  } finally {
    await database.close();
  }
}
