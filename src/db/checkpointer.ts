import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// The thread's whole program: its own connection to the file, a PASSIVE checkpoint every few
// milliseconds, closed when told. CommonJS, run by `eval`, so the built server and the tests
// (tsx) start the same code without a file to find; better-sqlite3 is required by the path
// this module resolves it to.
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 0');
db.pragma('synchronous = NORMAL');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy (another checkpoint, say): the next tick tries again.
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** A background checkpoint of one SQLite file; stop() ends it and its connection. */
export interface Checkpointer {
  stop(): Promise<void>;
}

/**
 * Copies the WAL into the database file from a thread of its own, every `everyMs`. A checkpoint
 * waits on the disk (two fsyncs); run inside a commit, as SQLite's automatic checkpoint is,
 * that wait stops the whole process, since better-sqlite3 is synchronous. Here the requests
 * carry on meanwhile; the automatic checkpoint stays as a backstop (database.ts).
 */
export function startCheckpointer(file: string, everyMs = 50): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(THREAD, { eval: true, workerData: { file, driver, everyMs } });
  worker.unref();
  worker.on('error', (error) => console.error(`SQLite checkpoint thread: ${error.message}`));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    stop: async () => {
      // Unreferenced, the thread would not keep the process waiting for its exit.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
