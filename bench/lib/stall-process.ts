// The responsiveness benchmark's clients, in a process of their own (bench/stall.ts forks it):
// /healthz probes, hostile bodies and the bulk send, as clients elsewhere would send them.
import { type BulkRequest, probeIdle, runStallLoad, type StallTarget } from './stall-load.js';

type Job =
  | { type: 'idle'; baseUrl: string; ms: number }
  | { type: 'load'; target: StallTarget; request: BulkRequest };

process.on('message', async (job: Job) => {
  if (job.type === 'idle') {
    const { latencies, failed } = await probeIdle(job.baseUrl, job.ms);
    process.send?.({ type: 'done', latencies, failedProbes: failed });
  } else {
    process.send?.({ type: 'done', ...(await runStallLoad(job.target, job.request)) });
  }
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready' });
