import { parentPort } from 'node:worker_threads';
import { AppError } from '../domain/errors.js';
import { buildMessages, type QueueMessagesOptions } from './queue-messages.js';
import type { RenderRequest, RenderResult } from './render-pool.js';

/**
 * A rendering thread (render-pool.ts): builds the messages of each job it is sent, touching no
 * database, and answers with one result per job. A refusal (AppError) goes back as a value;
 * anything else as a failure the pool answers by rendering that job itself.
 */
parentPort?.on('message', async ({ id, jobs }: RenderRequest) => {
  const results: RenderResult[] = [];
  for (const job of jobs as QueueMessagesOptions[]) {
    try {
      results.push({ built: await buildMessages(job) });
    } catch (error) {
      results.push(
        error instanceof AppError
          ? { refused: { code: error.code, message: error.message, details: error.details } }
          : { failed: error instanceof Error ? (error.stack ?? error.message) : String(error) },
      );
    }
  }
  parentPort?.postMessage({ id, results });
});
