import SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { encodeCursor } from '../src/db/pagination.js';
import type { Database } from '../src/db/schema.js';
import type { Actor } from '../src/domain/permissions.js';
import { type ListInterviewsOptions, listInterviews } from '../src/interviews/list-interviews.js';
import { type BenchDatabase, openBenchDatabase } from './lib/database.js';
import { fmt, options, percentile, report } from './lib/options.js';

const SPACING_S = 126; // 1,000,000 interviews over about four years
const BASE_S = Math.floor(Date.UTC(2031, 0, 1) / 1000);
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * Manage Interviews at scale: `rows` interviews, then p95 of listInterviews for a filtered first
 * page and a deep keyset page against a primary-key lookup, with each query's plan printed.
 */
export async function benchList(): Promise<void> {
  const postgres = options.listPostgresUrl;
  const bench = await openBenchDatabase(postgres);
  try {
    const { db } = bench.database;
    const t = performance.now();
    const middle = Math.floor(options.rows / 2);
    await insertInterviews(bench, options.rows, middle);
    const name = postgres ? 'PostgreSQL' : 'SQLite';
    console.log(
      `\nlist (${name}): ${fmt(options.rows)} interviews inserted in ${fmt((performance.now() - t) / 1000, 1)} s`,
    );
    const actor: Actor = { userId: 'bench', role: 'coordinator', name: 'C', email: 'c@x.test' };
    const monthStart = new Date((BASE_S + middle * SPACING_S) * 1000);
    monthStart.setUTCDate(1);
    monthStart.setUTCHours(0, 0, 0, 0);
    const monthEnd = new Date(monthStart);
    monthEnd.setUTCMonth(monthEnd.getUTCMonth() + 1);
    const middleRow = await db
      .selectFrom('interviews')
      .select(['starts_at', 'id'])
      .where('id', '=', id(middle))
      .executeTakeFirstOrThrow();
    const cases: Array<[string, Omit<ListInterviewsOptions, 'db'>]> = [
      [
        'filtered first page (awaiting_confirmation, one month)',
        {
          actor,
          status: ['awaiting_confirmation'],
          from: monthStart.toISOString(),
          to: monthEnd.toISOString(),
          limit: 50,
        },
      ],
      [
        `deep keyset page (cursor at row ${fmt(middle)})`,
        { actor, cursor: encodeCursor([middleRow.starts_at, middleRow.id]), limit: 50 },
      ],
    ];
    const lookup = async () => {
      const n = Math.floor(Math.random() * options.rows);
      await db.selectFrom('interviews').selectAll().where('id', '=', id(n)).executeTakeFirst();
    };
    const baseline = await timeRuns(lookup);
    for (const [label, listOptions] of cases) {
      let items = 0;
      const times = await timeRuns(async () => {
        items = (await listInterviews({ db, ...listOptions })).items.length;
      });
      const p95 = percentile(times, 95);
      const baseP95 = percentile(baseline, 95);
      report(
        `list ${label} (${name}, ${fmt(options.rows)} rows)`,
        `p95 ${fmt(p95, 2)} ms p50 ${fmt(percentile(times, 50), 2)} ms, ${items} items ` +
          `(primary-key lookup p95 ${fmt(baseP95, 3)} ms; ratio = list p95 / lookup p95)`,
        p95 / baseP95,
        'p95 < 10 ms',
        p95 < 10,
      );
      await explain(bench, { db, ...listOptions });
    }
  } finally {
    await bench.drop();
  }
}

async function timeRuns(run: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < 20; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < options.listRuns; i += 1) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times;
}

// Bulk setup in SQL (a recursive CTE on SQLite, generate_series on PostgreSQL); statuses rotate
// draft → awaiting_confirmation → scheduled → cancelled. Participants are added only where the
// measured pages read them (the filtered month and the rows after the middle cursor).
async function insertInterviews(bench: BenchDatabase, rows: number, middle: number) {
  const { db, engine } = bench.database;
  const now = new Date().toISOString();
  await db
    .insertInto('candidates')
    .values({
      id: 'bench-candidate',
      first_name: 'Kenji',
      last_name: 'Sato',
      email: 'kenji@example.jp',
      time_zone: 'Asia/Tokyo',
      phone: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const pgSql = engine === 'postgres';
  const idSql = pgSql
    ? `'00000000-0000-4000-8000-' || lpad(n::text, 12, '0')`
    : `printf('00000000-0000-4000-8000-%012d', n)`;
  const time = (offset: string) =>
    pgSql
      ? `to_char(to_timestamp(${BASE_S} + n * ${SPACING_S} + ${offset}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"')`
      : `strftime('%Y-%m-%dT%H:%M:%S.000Z', ${BASE_S} + n * ${SPACING_S} + ${offset}, 'unixepoch')`;
  const source = pgSql
    ? `from generate_series(0, ${rows - 1}) as n`
    : `from (with recursive s(n) as (select 0 union all select n + 1 from s where n < ${rows - 1}) select n from s)`;
  const status = `case n % 4 when 0 then 'draft' when 1 then 'awaiting_confirmation' when 2 then 'scheduled' else 'cancelled' end`;
  await db.transaction().execute(async (trx) => {
    await sql
      .raw(
        `insert into interviews (id, title, candidate_id, job_title, starts_at, ends_at,
          duration_minutes, time_zone, location, meeting_url, notes, status, calendar_uid, sequence,
          version, organizer_id, invite_content, invites_sent_at, cancelled_at, created_at, updated_at)
        select ${idSql}, 'Technical interview ' || n, 'bench-candidate', 'Backend Engineer',
          ${time('0')}, ${time('5400')}, 90, 'America/New_York', 'Room 4', 'https://meet.example.com/x',
          null, ${status}, ${idSql} || '@convene.bench', 0, 1, null, null,
          case when n % 4 = 0 then null else '${now}' end,
          case when n % 4 = 3 then '${now}' else null end, '${now}', '${now}'
        ${source}`,
      )
      .execute(trx);
    // A month holds at most 21,258 rows at this spacing, so this covers the filtered month and
    // the deep page after the middle cursor.
    const ranges = [[Math.max(0, middle - 22_000), Math.min(rows - 1, middle + 22_000)]];
    for (const [from, to] of ranges) {
      await sql
        .raw(
          `insert into participants (id, interview_id, role, position, user_id, candidate_id, name,
            email, time_zone, attendance, responded_at, decline_reason, last_opened_at)
          select i.id || '-p' || k.k, i.id, case when k.k = 0 then 'candidate' else 'interviewer' end,
            k.k, null, case when k.k = 0 then 'bench-candidate' else null end,
            'Person ' || k.k, 'person' || k.k || '@example.com', 'Europe/Berlin', 'pending', null, null, null
          from interviews i, (select 0 as k union all select 1 union all select 2) k
          where i.id between '${id(from as number)}' and '${id(to as number)}'`,
        )
        .execute(trx);
    }
  });
  if (pgSql) await sql`analyze`.execute(db);
}

/** Prints each query listInterviews runs with its plan (EXPLAIN ANALYZE / EXPLAIN QUERY PLAN). */
async function explain(bench: BenchDatabase, listOptions: ListInterviewsOptions) {
  const captured: CompiledQuery[] = [];
  const log = (event: { level: string; query: CompiledQuery }) => {
    if (event.level === 'query') captured.push(event.query);
  };
  const pool =
    bench.database.engine === 'postgres'
      ? new pg.Pool({ connectionString: bench.url, max: 1 })
      : undefined;
  const spy = new Kysely<Database>({
    dialect: pool
      ? new PostgresDialect({ pool })
      : new SqliteDialect({ database: new SqliteDatabase(bench.database.file as string) }),
    log,
  });
  try {
    await listInterviews({ ...listOptions, db: spy });
    const prefix = pool ? 'explain (analyze, buffers) ' : 'explain query plan ';
    // Only listInterviews' own queries: the EXPLAINs below are logged too.
    for (const query of captured.splice(0)) {
      const plan = await spy.executeQuery<Record<string, unknown>>(
        CompiledQuery.raw(prefix + query.sql, [...query.parameters]),
      );
      console.log(`  ${query.sql.replace(/\s+/g, ' ').slice(0, 220)}`);
      for (const row of plan.rows) {
        console.log(`    ${String(row['QUERY PLAN'] ?? row.detail ?? JSON.stringify(row))}`);
      }
    }
  } finally {
    await spy.destroy();
  }
}
