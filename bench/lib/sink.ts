import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface CountingSink {
  url: string;
  port: number;
  /** Messages (and bytes) received since the last reset. */
  count(): Promise<{ count: number; bytes: number }>;
  /** The first message ever received, byte for byte. */
  sample(): Promise<string>;
  reset(): Promise<void>;
  /** Resolves once `count` messages arrived (polling every 20 ms); throws after `timeoutMs`. */
  waitFor(count: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts bench/lib/sink-process.ts in a child process and talks to it over IPC. */
export async function startCountingSink(): Promise<CountingSink> {
  const child = fork(fileURLToPath(new URL('./sink-process.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = <T>(type: string) => request<T>(child, type);
  const { port } = await waitForMessage<{ port: number }>(child, 'ready');
  const count = () => ask<{ count: number; bytes: number }>('count');
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    count,
    sample: async () => (await ask<{ sample: string }>('sample')).sample,
    reset: async () => {
      await ask('reset');
    },
    waitFor: async (wanted, timeoutMs) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const { count: got } = await count();
        if (got >= wanted) return;
        if (Date.now() > until) throw new Error(`sink: expected ${wanted} messages, got ${got}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.send({ type: 'close' });
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
      child.kill();
    },
  };
}

function request<T>(child: ChildProcess, type: string): Promise<T> {
  const answer = waitForMessage<T>(child, type);
  child.send({ type });
  return answer;
}

function waitForMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type: string }) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as T);
    };
    const onExit = (code: number | null) => reject(new Error(`child exited (${code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
