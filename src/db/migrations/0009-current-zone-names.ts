import type { Kysely } from 'kysely';
import { canonicalTimeZone } from '../../domain/time-zones.js';

// Every table that keeps a zone; participants keep the zone their invites were written in.
const TABLES = ['users', 'candidates', 'interviews', 'participants'] as const;

/**
 * Zones saved before names were made current (issue 15) move to their current names
 * (Asia/Calcutta → Asia/Kolkata), so lists, pickers and emails agree. The same instants: only
 * the name changes. Nothing to undo.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const anyDb = db as Kysely<Record<(typeof TABLES)[number], { time_zone: string | null }>>;
  for (const table of TABLES) {
    const zones = await anyDb.selectFrom(table).select('time_zone').distinct().execute();
    for (const { time_zone: zone } of zones) {
      if (zone === null || canonicalTimeZone(zone) === zone) continue;
      await anyDb
        .updateTable(table)
        .set({ time_zone: canonicalTimeZone(zone) })
        .where('time_zone', '=', zone)
        .execute();
    }
  }
}

export async function down(): Promise<void> {}
