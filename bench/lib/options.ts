/** Benchmark sizes from the environment: the sizes by default, small ones with BENCH_QUICK=1. */
const quick = process.env.BENCH_QUICK === '1';

function size(name: string, full: number, small: number): number {
  const given = process.env[name];
  if (given === undefined || given === '') return quick ? small : full;
  const value = Number(given);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

export const options = {
  quick,
  /** Which benchmarks to run, e.g. BENCH_ONLY=send,confirm (default: all). */
  only: (process.env.BENCH_ONLY ?? 'send,profile,confirm,list,responsiveness,slots')
    .split(',')
    .map((s) => s.trim()),
  interviews: size('BENCH_INTERVIEWS', 10_000, 300),
  profileInterviews: size('BENCH_PROFILE_INTERVIEWS', 1_000, 100),
  /** Confirm: links pressed again in the repeat-press row. */
  tokens: size('BENCH_TOKENS', 5_000, 600),
  /** Confirm: links for each round's first confirmations (each pressed once at most). */
  firstTokens: size('BENCH_FIRST_TOKENS', 60_000, 6_000),
  /** Confirm: rounds alternating the baselines and the real routes; figures are medians. */
  rounds: size('BENCH_ROUNDS', 3, 3),
  connections: size('BENCH_CONNECTIONS', 64, 16),
  durationMs: size('BENCH_DURATION_MS', 10_000, 2_000),
  rows: size('BENCH_ROWS', 1_000_000, 20_000),
  listRuns: size('BENCH_LIST_RUNS', 300, 200),
  /** Responsiveness: interviews per bulk send, interviewers on each, idle probing per round. */
  stallInterviews: size('BENCH_STALL_INTERVIEWS', 500, 100),
  stallPanel: size('BENCH_STALL_PANEL', 20, 3),
  stallIdleMs: size('BENCH_STALL_IDLE_MS', 5_000, 1_000),
  /** Slots: interviewers, busy events in each one's calendar (over four weeks), runs a round. */
  slotInterviewers: size('BENCH_SLOT_INTERVIEWERS', 5, 5),
  slotEvents: size('BENCH_SLOT_EVENTS', 500, 500),
  slotRuns: size('BENCH_SLOT_RUNS', 300, 60),
  /** PostgreSQL server for the confirm benchmark (a fresh schema is made and dropped). */
  postgresUrl: process.env.TEST_DATABASE_URL,
  /** Run the list benchmark on PostgreSQL instead of SQLite. */
  listPostgresUrl: process.env.BENCH_DATABASE_URL,
  /** Hard limit for each wait (sink counts, drains), so a stuck run ends. */
  timeoutMs: size('BENCH_TIMEOUT_MS', 600_000, 120_000),
};

/** 12345.6 → "12,346". */
export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

/**
 * One result line: name, figures, ratio (with its spread over rounds, if any), target and
 * whether it holds.
 */
export function report(
  name: string,
  figures: string,
  ratio: number,
  target: string,
  met: boolean,
  ratioSpread?: string,
) {
  const shown = ratioSpread ?? fmt(ratio, 2);
  const line = `${name}: ${figures} ratio ${shown} — target ${target}: ${met ? 'MET' : 'NOT MET'}`;
  console.log(line);
  results.push(line);
}

export const results: string[] = [];

/** A figure with no baseline (memory): printed and kept for the summary. */
export function note(name: string, figures: string) {
  const line = `${name}: ${figures}`;
  console.log(line);
  results.push(line);
}

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[mid] as number;
  return ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** "median (min–max)" of a figure measured in several rounds. */
export function spread(values: number[], digits = 0): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return `${fmt(median(values), digits)} (${fmt(low, digits)}–${fmt(high, digits)})`;
}
