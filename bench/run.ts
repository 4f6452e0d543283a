// npm run bench: every benchmark, each against a baseline measured in this same run.
// Sizes come from the environment (bench/lib/options.ts); BENCH_QUICK=1 is a smoke run.
import { cpus, totalmem } from 'node:os';
import { benchConfirm } from './confirm.js';
import { fmt, options, results } from './lib/options.js';
import { startCountingSink } from './lib/sink.js';
import { benchList } from './list.js';
import { profileSend } from './profile.js';
import { benchSend } from './send.js';

const guard = setTimeout(() => {
  console.error('bench: took longer than BENCH_TIMEOUT_MS × 2, stopping');
  process.exit(2);
}, options.timeoutMs * 2);
guard.unref();

console.log(
  `Convene bench — node ${process.version}, ${cpus().length} CPUs, ${fmt(totalmem() / 2 ** 30, 1)} GiB` +
    `${options.quick ? ', QUICK sizes' : ''}; interviews ${fmt(options.interviews)}, tokens ${fmt(options.tokens)}, ` +
    `connections ${options.connections}, list rows ${fmt(options.rows)}`,
);
const only = new Set(options.only);
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

console.log('\nsummary');
for (const line of results) console.log(`  ${line}`);
