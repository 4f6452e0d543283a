/** A worker that empties a database queue: the outbox of mail, the queue of webhook deliveries. */
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
