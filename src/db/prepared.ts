import { type Compilable, CompiledQuery, PostgresAdapter } from 'kysely';
import type { Queryable } from './database.js';
import { nameStatement } from './statement-names.js';

interface Plan {
  sql: string;
  /** The compiled parameters; a slot's value is replaced by the matching argument. */
  parameters: readonly unknown[];
  /** For each parameter, the index of the argument it takes, or -1 for a constant. */
  slots: number[];
}

/**
 * A query that is built and compiled once per database and then run with new values. For the
 * hottest lookups (every press of a link), building and compiling a Kysely query costs more
 * than running it. `build` receives stand-ins for the arguments (strings, whatever their type),
 * and must pass each on as a plain value: each must reach the compiled query as a parameter of
 * its own, or the first run throws.
 */
export function preparedQuery<Row, Args extends unknown[]>(
  build: (db: Queryable, ...args: Args) => Compilable<Row>,
): (db: Queryable, ...args: Args) => Promise<Row[]> {
  // Keyed by the dialect's adapter: a database's transactions share it, another database
  // (the other engine, a test's own) has its own.
  const plans = new WeakMap<object, Plan>();
  return async (db, ...args) => {
    const key = db.getExecutor().adapter;
    let plan = plans.get(key);
    if (!plan) {
      plan = compilePlan(db, build, args.length);
      plans.set(key, plan);
      // PostgreSQL keeps it parsed and planned on each connection (db/statement-names.ts).
      if (key instanceof PostgresAdapter) nameStatement(plan.sql);
    }
    const { slots } = plan;
    const parameters = plan.parameters.map((value, i) => {
      const slot = slots[i] as number;
      return slot < 0 ? value : args[slot];
    });
    const result = await db.executeQuery<Row>(CompiledQuery.raw(plan.sql, parameters));
    return result.rows;
  };
}

function compilePlan<Row, Args extends unknown[]>(
  db: Queryable,
  build: (db: Queryable, ...args: Args) => Compilable<Row>,
  count: number,
): Plan {
  const standIns = Array.from({ length: count }, (_, i) => `\u0000prepared-argument-${i}\u0000`);
  const compiled = build(db, ...(standIns as Args)).compile();
  const slots = compiled.parameters.map((value) => standIns.indexOf(value as string));
  for (let i = 0; i < count; i++) {
    if (slots.filter((slot) => slot === i).length !== 1) {
      throw new Error(`preparedQuery: argument ${i} must appear once as a parameter`);
    }
  }
  return { sql: compiled.sql, parameters: compiled.parameters, slots };
}
