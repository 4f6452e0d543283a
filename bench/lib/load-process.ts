// An HTTP load generator in its own process (bench/lib/load.ts forks it): `connections`
// keep-alive loops, each request to the next path of a rotating list, latencies recorded.
// With `once`, every path is requested at most once: the run (and its measuring) ends early if
// the paths run out, so no request repeats an earlier one.
import http from 'node:http';

interface Job {
  type: 'run';
  port: number;
  paths: string[];
  connections: number;
  warmupMs: number;
  durationMs: number;
  once?: boolean;
}

process.on('message', async (job: Job) => {
  if (job.type !== 'run') return;
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  let next = 0;
  let recording = false;
  let stop = false;
  let ranOut = false;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const one = (index: number) =>
    new Promise<number>((resolve) => {
      const path = job.paths[index % job.paths.length] as string;
      // A different client address per path: each rotating token comes from "its" recipient,
      // as in production, and the per-address rate limit (120/min) is not what is measured.
      const ip = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
      const req = http.request(
        {
          host: '127.0.0.1',
          port: job.port,
          method: 'POST',
          path,
          agent,
          headers: { 'content-length': '0', 'x-forwarded-for': ip },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', () => resolve(0));
      req.end();
    });
  const loop = async () => {
    while (!stop) {
      if (job.once && next >= job.paths.length) {
        ranOut = true;
        stop = true;
        break;
      }
      const index = next % job.paths.length;
      next += 1;
      const t = process.hrtime.bigint();
      const status = await one(index);
      if (!recording) continue;
      latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  const loops = Array.from({ length: job.connections }, loop);
  await new Promise((r) => setTimeout(r, job.warmupMs));
  recording = true;
  const started = performance.now();
  const done = Promise.all(loops);
  await Promise.race([done, new Promise((r) => setTimeout(r, job.durationMs))]);
  recording = false;
  // Ran out: measured until the last request in flight was answered.
  const seconds = (performance.now() - started) / 1000;
  stop = true;
  await done;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] ?? 0;
  process.send?.({
    type: 'done',
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies[latencies.length - 1] ?? 0,
    statuses,
    seconds,
    used: Math.min(next, job.paths.length),
    ranOut,
  });
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready' });
