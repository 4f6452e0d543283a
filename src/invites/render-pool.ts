import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../domain/errors.js';
import { type BuiltMessages, buildMessages, type QueueMessagesOptions } from './queue-messages.js';

/** Where the pool reports a thread's failure (the app's logger). */
export interface RenderLog {
  error(data: Record<string, unknown>, message: string): void;
}

/** Builds the messages of many jobs (one interview's recipients each), in order. */
export type BuildMany = (jobs: QueueMessagesOptions[]) => Promise<Array<BuiltMessages | AppError>>;

export interface RenderPool {
  build: BuildMany;
  close(): Promise<void>;
}

/** A batch of jobs sent to a thread, and what comes back. */
export interface RenderRequest {
  id: number;
  jobs: QueueMessagesOptions[];
}
export type RenderResult =
  | { built: BuiltMessages }
  | { refused: { code: ErrorCode; message: string; details: unknown } }
  | { failed: string };

/** Renders in this thread: what a pool of no threads does, and every single send. */
export const buildInline: BuildMany = async (jobs) => {
  const results: Array<BuiltMessages | AppError> = [];
  for (const job of jobs) {
    try {
      results.push(await buildMessages(job));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push(error);
    }
  }
  return results;
};

/**
 * Rendering threads for bulk sends (ADR 007). Rendering, the meeting request and MIME are pure
 * and most of a send's CPU; in a thread they run while the request's thread writes the previous
 * chunk, so a bulk send uses a second core. Batches go round-robin; a thread that dies is
 * replaced on the next batch, and a batch it did not finish is rendered inline, so a failure
 * costs time, never a message. A thread that cannot start turns the pool off
 * (logged once). `threads` 0 renders everything inline.
 */
export function startRenderPool(options: { threads: number; log: RenderLog }): RenderPool {
  const { threads, log } = options;
  if (threads <= 0) return { build: buildInline, close: async () => undefined };
  const slots: Array<Thread | undefined> = Array.from({ length: threads });
  let next = 0;
  let closed = false;

  const build: BuildMany = async (jobs) => {
    if (closed || jobs.length === 0) return buildInline(jobs);
    const slot = next;
    next = (next + 1) % threads;
    let thread = slots[slot];
    if (!thread || thread.dead) {
      thread = startThread(log);
      slots[slot] = thread;
    }
    let results: RenderResult[];
    try {
      results = await thread.run(jobs);
    } catch (error) {
      // A thread that never answered could not start (its code is missing or broken): starting
      // more would fail the same way, so this process renders inline from now on.
      if (!thread.answered) closed = true;
      log.error(
        { err: error },
        thread.answered
          ? 'rendering thread failed; rendering this batch inline'
          : 'rendering thread could not start; rendering inline from now on',
      );
      return buildInline(jobs);
    }
    return Promise.all(
      results.map(async (result, i) => {
        if ('built' in result) return revive(result.built);
        if ('refused' in result) {
          const { code, message, details } = result.refused;
          return new AppError(code, message, details);
        }
        log.error({ failure: result.failed }, 'rendering thread could not build a message');
        const [again] = await buildInline([jobs[i] as QueueMessagesOptions]);
        return again as BuiltMessages | AppError;
      }),
    );
  };

  return {
    build,
    close: async () => {
      closed = true;
      await Promise.all(slots.map((thread) => thread?.stop()));
    },
  };
}

interface Thread {
  dead: boolean;
  /** Whether it has answered a batch: it started. */
  answered: boolean;
  run(jobs: QueueMessagesOptions[]): Promise<RenderResult[]>;
  stop(): Promise<void>;
}

// The thread runs render-thread.js beside this file. From TypeScript sources (tests, bench,
// `npm run dev`) it is the .ts file, loaded after registering tsx (a development dependency)
// in the thread.
function newWorker(): Worker {
  const extension = extname(fileURLToPath(import.meta.url));
  const entry = new URL(`./render-thread${extension}`, import.meta.url);
  if (extension !== '.ts') return new Worker(entry);
  const load = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(load, { eval: true });
}

function startThread(log: RenderLog): Thread {
  const worker = newWorker();
  // Idle threads do not keep the process alive; close() ends them on shutdown.
  worker.unref();
  const pending = new Map<
    number,
    { resolve: (results: RenderResult[]) => void; reject: (error: Error) => void }
  >();
  let sequence = 0;
  const thread: Thread = {
    dead: false,
    answered: false,
    run: (jobs) =>
      new Promise((resolve, reject) => {
        if (thread.dead) return reject(new Error('rendering thread has stopped'));
        const id = ++sequence;
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, jobs } satisfies RenderRequest);
      }),
    stop: async () => {
      thread.dead = true;
      await worker.terminate();
    },
  };
  const failAll = (error: Error) => {
    thread.dead = true;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', ({ id, results }: { id: number; results: RenderResult[] }) => {
    thread.answered = true;
    const waiting = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    waiting?.resolve(results);
  });
  worker.on('error', (error) => {
    log.error({ err: error }, 'rendering thread crashed');
    failAll(error);
  });
  worker.on('exit', (code) => failAll(new Error(`rendering thread exited with code ${code}`)));
  return thread;
}

// Structured cloning turns the Buffer of each composed message into a plain Uint8Array; it is
// wrapped again without a copy.
function revive(built: BuiltMessages): BuiltMessages {
  for (const message of built.messages) {
    const raw = message.raw as Uint8Array;
    message.raw = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  }
  return built;
}
