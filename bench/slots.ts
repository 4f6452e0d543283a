import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { loadPersonTimes } from '../src/availability/busy-times.js';
import { findInterviewSlots } from '../src/availability/find-slots.js';
import { hashSecret, newSecret } from '../src/crypto/secrets.js';
import type { RootDb } from '../src/db/database.js';
import type { Database } from '../src/db/schema.js';
import { toDbTime } from '../src/db/time.js';
import type { Actor } from '../src/domain/permissions.js';
import { renderInvitationPage } from '../src/pages/invitation-page.js';
import { sampleInvitationView } from '../src/pages/invitation-view.fixture.js';
import { renderSchedulingPage } from '../src/pages/scheduling-page.js';
import { openSchedulingPage } from '../src/scheduling/open-scheduling-page.js';
import { openBenchDatabase } from './lib/database.js';
import { fmt, median, note, options, percentile, report, spread } from './lib/options.js';
import { insertAdmin } from './lib/seed.js';

// Zones whose working days mostly overlap, as a panel's usually do.
const ZONES = ['Europe/London', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Lisbon', 'UTC'];
const DAY = 86_400_000;
const WEEKS = 4;
const PAGE_LIMIT = 30 * 1024;

/**
 * Finding a time (DESIGN §9): `slotInterviewers` interviewers, each with a calendar of
 * `slotEvents` busy events over four weeks. p95 of the slot finder's use case (read everyone's
 * busy times and working hours, then find the free slots) against p95 of reading the same busy
 * times and working hours alone, in alternated rounds; then the size of the candidate's
 * scheduling page against the Interview Link page.
 */
export async function benchSlots(): Promise<void> {
  const people = options.slotInterviewers;
  const events = options.slotEvents;
  const bench = await openBenchDatabase();
  try {
    const { db } = bench.database;
    const actor = await insertAdmin(db);
    const from = nextMonday(new Date());
    const to = new Date(from.getTime() + WEEKS * 7 * DAY);
    const ids = await seedBusyPeople(db, people, events, from);
    console.log(
      `\nslots (SQLite): ${people} interviewers × ${WEEKS} weeks × ${fmt(events)} busy events each`,
    );
    const window = { from: from.toISOString(), to: to.toISOString() };
    const find = () =>
      findInterviewSlots({
        db,
        actor,
        interviewerIds: ids,
        durationMinutes: 60,
        ...window,
        bufferMinutes: 10,
        minNoticeMinutes: 60,
        stepMinutes: 15,
        now: from,
      });
    const read = () => loadPersonTimes(db, { userIds: ids, from, to });
    const found = await find();
    console.log(`  ${fmt(found.slots.length)} free hour-long slots in the window`);
    for (let i = 0; i < 20; i++) await Promise.all([find(), read()]); // warm-up

    const finds: number[] = [];
    const reads: number[] = [];
    for (let round = 0; round < options.rounds; round++) {
      reads.push(await p95Of(read, options.slotRuns));
      finds.push(await p95Of(find, options.slotRuns));
      console.log(
        `  round ${round + 1}: find p95 ${fmt(finds[round] as number, 2)} ms, read alone p95 ${fmt(reads[round] as number, 2)} ms`,
      );
    }
    const ratios = finds.map((f, i) => f / (reads[i] as number));
    report(
      `slot finding (${people} interviewers × ${WEEKS} weeks × ${fmt(events)} busy events, use case)`,
      `p95 ${spread(finds, 2)} ms; reading the same busy times and hours alone p95 ${spread(reads, 2)} ms;`,
      median(ratios),
      'p95 < 50 ms',
      median(finds) < 50,
      spread(ratios, 2),
    );
    await pageSizes(db, actor, ids, from, to);
  } finally {
    await bench.drop();
  }
}

/** p95 in ms of `runs` sequential calls. */
async function p95Of(work: () => Promise<unknown>, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return percentile(times, 95);
}

/** The scheduling page for the busy panel, and for one free interviewer (a full page of times). */
async function pageSizes(db: RootDb, actor: Actor, ids: string[], from: Date, to: Date) {
  const free = await insertUsers(db, 1);
  const baseline = Buffer.byteLength(renderInvitationPage(sampleInvitationView()), 'utf8');
  for (const [label, panel] of [
    [`${ids.length} busy interviewers`, ids],
    ['one free interviewer: a full page', free],
  ] as const) {
    const token = await insertRequest(db, actor, panel, from, to);
    const view = await openSchedulingPage({ db, token, markOpened: false, now: from });
    const page = renderSchedulingPage({
      ...view,
      nonce: 'r4nd0mN0nce0123456789a',
      token,
      locale: 'en',
      companyName: 'Northwind Labs',
      brand: { logoUrl: null, accentColor: null },
    });
    const bytes = Buffer.byteLength(page, 'utf8');
    report(
      `candidate scheduling page /s/ (${label}, ${view.slots.length} times shown)`,
      `${fmt(bytes / 1024, 1)} KB; Interview Link page ${fmt(baseline / 1024, 1)} KB;`,
      bytes / baseline,
      '≤ 30 KB',
      bytes <= PAGE_LIMIT,
    );
  }
  note(
    'slots benchmark',
    `page sizes are exact (no spread); finder p95s are medians of ${options.rounds} rounds`,
  );
}

function nextMonday(now: Date): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 7));
  while (day.getUTCDay() !== 1) day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

async function insertUsers(db: Kysely<Database>, count: number): Promise<string[]> {
  const stamp = new Date().toISOString();
  const rows = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    name: `Interviewer ${i}`,
    email: `interviewer-${randomUUID()}@convene.bench`,
    time_zone: ZONES[i % ZONES.length] as string,
    role: 'interviewer' as const,
    password_hash: null,
    created_at: stamp,
    updated_at: stamp,
  }));
  await db.insertInto('users').values(rows).execute();
  return rows.map((r) => r.id);
}

/**
 * `count` interviewers, each with one calendar of `events` busy times of 15–45 minutes spread
 * over the four weeks (a fixed pseudo-random sequence, so every run finds the same slots).
 */
async function seedBusyPeople(
  db: Kysely<Database>,
  count: number,
  events: number,
  from: Date,
): Promise<string[]> {
  const ids = await insertUsers(db, count);
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const stamp = new Date().toISOString();
  for (const userId of ids) {
    const calendarId = randomUUID();
    await db
      .insertInto('calendars')
      .values({
        id: calendarId,
        user_id: userId,
        kind: 'ics',
        url: `https://calendar.example.com/${calendarId}.ics`,
        username: null,
        password_box: null,
        label: 'Work',
        etag: null,
        last_modified: null,
        busy_read_at: stamp,
        last_sync_at: stamp,
        last_error: null,
        last_error_at: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    const busy = Array.from({ length: events }, () => {
      const start = from.getTime() + Math.floor(random() * WEEKS * 7 * 96) * 15 * 60_000;
      const minutes = 15 * (1 + Math.floor(random() * 3));
      return {
        calendar_id: calendarId,
        starts_at: toDbTime(new Date(start)),
        ends_at: toDbTime(new Date(start + minutes * 60_000)),
      };
    });
    for (let i = 0; i < busy.length; i += 200) {
      await db
        .insertInto('calendar_busy')
        .values(busy.slice(i, i + 200))
        .execute();
    }
  }
  return ids;
}

/** A scheduling request for `panel` over the window; returns its link's token. */
async function insertRequest(
  db: Kysely<Database>,
  actor: Actor,
  panel: readonly string[],
  from: Date,
  to: Date,
): Promise<string> {
  const stamp = toDbTime(new Date());
  const candidateId = randomUUID();
  await db
    .insertInto('candidates')
    .values({
      id: candidateId,
      first_name: 'Amira',
      last_name: 'Haddad',
      email: `amira-${candidateId}@example.com`,
      time_zone: 'Europe/Berlin',
      phone: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  const token = newSecret();
  await db
    .insertInto('scheduling_requests')
    .values({
      id: randomUUID(),
      candidate_id: candidateId,
      interviewer_ids: JSON.stringify(panel),
      title: 'Technical interview',
      duration_minutes: 60,
      window_from: toDbTime(from),
      window_to: toDbTime(to),
      time_zone: 'Europe/Berlin',
      location: 'Northwind Labs, Friedrichstraße 68, 3rd floor, 10117 Berlin',
      meeting_url: 'https://meet.example.com/abc-defg-hij',
      request_template_id: null,
      candidate_template_id: null,
      interviewer_template_id: null,
      invite_content: '{}',
      buffer_minutes: 0,
      min_notice_minutes: 60,
      step_minutes: 30,
      status: 'sent',
      token_hash: hashSecret(token),
      opened_at: null,
      booked_at: null,
      interview_id: null,
      expires_at: toDbTime(to),
      cancelled_at: null,
      created_by: actor.userId,
      created_at: stamp,
      updated_at: stamp,
      version: 1,
    })
    .execute();
  return token;
}
