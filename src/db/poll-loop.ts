/** A worker that empties a database queue: the outbox of mail, the queue of webhook deliveries. */
import type { Db } from './database.js';

/** What every queue worker (the mail outbox, the webhook deliveries) is started with. */
export interface QueueWorkerOptions {
  database: Db;
  log: {
    info(o: object, m: string): void;
    warn(o: object, m: string): void;
    error(o: object, m: string): void;
  };
  pollMs?: number;
  batchSize?: number;
  /** Attempts before an item is marked failed. */
  maxAttempts?: number;
  /** First retry delay; each later one doubles, up to the queue's cap. */
  retryBaseMs?: number;
  /** How long a claimed item is reserved before another worker may take it over. */
  leaseMs?: number;
  /** The worker's time, for leases, backoff and what it records (tests pass their own). */
  now?: () => Date;
}

export interface PollLoop {
  /** Look for work now instead of at the next poll. */
  wake(): void;
  /** Works until nothing is due (after a pass in progress) and resolves. */
  drain(): Promise<void>;
  /** Stops after the pass in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `batch` (claim some due rows and handle them; true when it claimed a full batch, so more
 * may be due) until the queue is empty, then sleeps `pollMs` or until woken, and again. A failed
 * pass is reported to `onError` and retried at the next poll; passes never overlap.
 */
export function startPollLoop(options: {
  pollMs: number;
  batch(): Promise<boolean>;
  onError(error: unknown): void;
}): PollLoop {
  let stopped = false;
  let wakeUp: (() => void) | undefined;
  let running: Promise<void> = Promise.resolve();

  const drain = async () => {
    while (!stopped && (await options.batch())) {
      // a full batch: more may be due
    }
  };
  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.pollMs);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const loop = async () => {
    while (!stopped) {
      running = drain().catch(options.onError);
      await running;
      if (!stopped) await sleep();
    }
  };
  void loop();
  return {
    wake: () => wakeUp?.(),
    drain: async () => {
      await running;
      await drain();
    },
    stop: async () => {
      stopped = true;
      wakeUp?.();
      await running;
    },
  };
}

/**
 * The wait before the next attempt after `attempts` failed ones: `baseMs` doubled each time, at
 * most `capMs`, with ±20 % jitter so failed messages do not all come back at once.
 */
export function retryDelayMs(attempts: number, baseMs: number, capMs: number): number {
  return Math.min(baseMs * 2 ** (attempts - 1), capMs) * (0.8 + Math.random() * 0.4);
}
