import { type ConveneProcess, startConvene, until } from '../helpers/process.js';

/** The environment of an outbox worker process delivering to a test sink. */
export function workerEnv(
  databaseUrl: string,
  smtpUrl: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtpUrl,
    MAIL_FROM: 'interviews@example.com',
    PUBLIC_URL: 'https://convene.test',
    // Set, so no process writes a session-secret file into the working folder.
    SESSION_SECRET: 's'.repeat(40),
    OUTBOX_LEASE_SECONDS: '2',
    OUTBOX_RETRY_SECONDS: '0.05',
    // info: the start line tells when delivery has begun.
    LOG_LEVEL: 'info',
    ...extra,
  };
}

/** Starts `src/worker.ts` and resolves once it has logged that it is delivering. */
export async function startWorker(
  env: Record<string, string>,
  started: ConveneProcess[],
): Promise<ConveneProcess> {
  const worker = startConvene('worker', env);
  started.push(worker);
  await until(
    () => worker.output().includes('outbox worker running'),
    () => `the worker to start; it said: ${worker.output()}`,
    30_000,
  );
  return worker;
}

/** A pause of `ms` milliseconds. */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
