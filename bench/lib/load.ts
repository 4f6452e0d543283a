import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  /** Responses by status code (0: connection error). */
  statuses: Record<string, number>;
  /** How long was measured (shorter than asked when `once` ran out of paths). */
  seconds: number;
  /** How many paths were requested, warm-up included. */
  used: number;
  /** True when `once` ran out of paths before the time was up. */
  ranOut: boolean;
}

/** Runs bench/lib/load-process.ts against 127.0.0.1:`port` and returns its figures. */
export async function runLoad(job: {
  port: number;
  paths: string[];
  connections: number;
  warmupMs: number;
  durationMs: number;
  /** Request every path at most once (see load-process.ts). */
  once?: boolean;
}): Promise<LoadResult> {
  const child = fork(fileURLToPath(new URL('./load-process.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    return await new Promise<LoadResult>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('load generator did not finish in time')),
        job.warmupMs + job.durationMs + 60_000,
      );
      child.on('message', (message: { type: string } & LoadResult) => {
        if (message.type === 'ready') child.send({ type: 'run', ...job });
        if (message.type === 'done') {
          clearTimeout(timer);
          resolve(message);
        }
      });
      child.once('exit', (code) => reject(new Error(`load generator exited (${code})`)));
    });
  } finally {
    child.kill();
  }
}
