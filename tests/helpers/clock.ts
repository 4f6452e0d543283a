/**
 * A clock for the workers that runs with real time and can be moved forward: a test waits for a
 * backoff or a lease by advancing it, not by sleeping. Rows written by the app keep real time,
 * so a worker on this clock sees them as due once advanced past them.
 */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function testClock(): TestClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
  };
}
