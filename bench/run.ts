// npm run bench: every benchmark, each against a baseline measured in this same run.
// Sizes come from the environment (bench/lib/options.ts); BENCH_QUICK=1 is a smoke run.
import { fork } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchConfirm } from './confirm.js';
import { fmt, options, results } from './lib/options.js';
import { startCountingSink } from './lib/sink.js';
import { benchList } from './list.js';
import { profileSend } from './profile.js';
import { benchSend } from './send.js';
import { benchSlots } from './slots.js';
import { benchStall } from './stall.js';

const guard = setTimeout(() => {
  console.error('bench: took longer than BENCH_TIMEOUT_MS × 2, stopping');
  process.exit(2);
}, options.timeoutMs * 2);
guard.unref();

if (process.env.BENCH_CHILD !== '1')
  console.log(
    `Convene bench — node ${process.version}, ${cpus().length} CPUs, ${fmt(totalmem() / 2 ** 30, 1)} GiB` +
      `${options.quick ? ', QUICK sizes' : ''}; interviews ${fmt(options.interviews)}, tokens ${fmt(options.tokens)}, ` +
      `connections ${options.connections}, list rows ${fmt(options.rows)}`,
  );
// Each benchmark runs in a process of its own, so none inherits another's heap, garbage or
// warmed caches (the send leaves ~100 MB behind); each still measures its baseline beside it.
const child = process.env.BENCH_CHILD === '1';
const only = new Set(options.only);
if (child) {
  if (only.has('send') || only.has('profile')) {
    const sink = await startCountingSink();
    try {
      if (only.has('send')) await benchSend(sink);
      if (only.has('profile')) await profileSend(sink);
    } finally {
      await sink.close();
    }
  }
  if (only.has('confirm')) {
    await benchConfirm('sqlite');
    await benchConfirm('postgres');
  }
  if (only.has('list')) await benchList();
  if (only.has('responsiveness')) {
    await benchStall('sqlite');
    await benchStall('postgres');
  }
  if (only.has('slots')) await benchSlots();
  // Sent, then the channel closed, so this process ends once its benchmark is done.
  process.send?.({ results }, () => process.disconnect?.());
} else {
  for (const name of ['send', 'profile', 'confirm', 'list', 'responsiveness', 'slots'].filter((n) =>
    only.has(n),
  )) {
    results.push(...(await runChild(name)));
  }
  console.log('\nsummary');
  for (const line of results) console.log(`  ${line}`);
}

/** Runs one benchmark in a fresh process and returns its result lines. */
function runChild(name: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = fork(fileURLToPath(import.meta.url), {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BENCH_CHILD: '1', BENCH_ONLY: name },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let lines: string[] = [];
    worker.on('message', (message: { results: string[] }) => {
      lines = message.results;
    });
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0 ? resolve(lines) : reject(new Error(`bench ${name} exited with ${code}`)),
    );
  });
}
