// The load of security review issue 13 ("one request stalls everyone"), shared by the
// responsiveness test (tests/integration/responsiveness.test.ts) and benchmark (bench/stall.ts):
// /healthz probed every 20 ms while a bulk Send Invites and hostile 1 MB bodies are processed.

/** What the load needs of a running Convene: where it listens and a signed-in user's headers. */
export interface StallTarget {
  baseUrl: string;
  /** Headers of a signed-in coordinator's write (cookie and x-csrf-token, or an API key). */
  auth: Record<string, string>;
}

export interface BulkRequest {
  interviewIds: string[];
  candidate: { templateId: string };
  interviewer: { templateId: string };
}

export interface StallResult {
  /** Each probe's latency in ms, from when it was due (not when it was sent) to its answer. */
  latencies: number[];
  /** Probes answered with anything but 200, or not at all. */
  failedProbes: number;
  bulk: { status: number; sent: number; failed: number; ms: number };
  /** Hostile requests sent, by route and answer status. */
  hostile: Record<string, number>;
}

const KEYS = 100_000;
const TOKEN = 'q7Xc2mP9rTq7Xc2mP9rTq7Xc2mP9rTq7Xc2mP9rTabc';

function keys(): [string, string][] {
  return Array.from({ length: KEYS }, (_, i) => [`k${i.toString(36)}`, '0']);
}

let bodies: { json: string; form: string; wide: string; preview: string } | undefined;

/**
 * About 1 MB each: 100,000 unknown keys as JSON and as a form, 999 unknown keys of a kilobyte
 * each (within the JSON key count, so it is parsed and validated); and a 100 KB template body
 * of '}}'. Built once, before any probe is due (building them takes the prober a while).
 */
export function hostileBodies() {
  bodies ??= {
    json: JSON.stringify(Object.fromEntries(keys().map(([k]) => [k, 0]))),
    form: new URLSearchParams(keys()).toString(),
    wide: JSON.stringify(
      Object.fromEntries(Array.from({ length: 999 }, (_, i) => [`${i}`.padEnd(1_000, 'k'), 0])),
    ),
    preview: JSON.stringify({ audience: 'candidate', subject: 'x', body: '}}'.repeat(50_000) }),
  };
  return bodies;
}

/**
 * Probes GET /healthz every `everyMs` until `until` settles. A probe's latency counts from the
 * moment it was due, so a probe the prober itself could not send on time (it shares the event
 * loop with the server in the test) still counts the whole wait.
 */
export async function probeHealth(
  baseUrl: string,
  until: Promise<unknown>,
  everyMs = 20,
): Promise<{ latencies: number[]; failed: number }> {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const latencies: number[] = [];
  let failed = 0;
  const probes: Promise<void>[] = [];
  const start = performance.now();
  for (let n = 0; !done; n += 1) {
    const due = start + n * everyMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (done) break;
    probes.push(
      fetch(`${baseUrl}/healthz`)
        .then(async (response) => {
          await response.arrayBuffer();
          if (response.status !== 200) failed += 1;
          latencies.push(performance.now() - due);
        })
        .catch(() => {
          failed += 1;
        }),
    );
  }
  await Promise.all(probes);
  return { latencies, failed };
}

/** `clients` loops sending the hostile bodies in turn until `until` settles. */
export async function sendHostileBodies(
  target: StallTarget,
  until: Promise<unknown>,
  clients = 2,
): Promise<Record<string, number>> {
  const { json, form, wide, preview } = hostileBodies();
  const JSON_TYPE = { 'content-type': 'application/json' };
  const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };
  const requests = [
    { name: 'session json', path: '/api/v1/session', headers: JSON_TYPE, body: json },
    { name: 'decline form', path: `/i/${TOKEN}/decline`, headers: FORM_TYPE, body: form },
    // Signed in, to a route that takes a template's 1 MiB: the body is read and validated.
    {
      name: 'templates json (signed in)',
      path: '/api/v1/templates',
      headers: { ...JSON_TYPE, ...target.auth },
      body: json,
    },
    {
      name: 'templates json of 999 long keys (signed in)',
      path: '/api/v1/templates',
      headers: { ...JSON_TYPE, ...target.auth },
      body: wide,
    },
    {
      name: 'templates form (signed in)',
      path: '/api/v1/templates',
      headers: { ...FORM_TYPE, ...target.auth },
      body: form,
    },
    {
      name: 'template preview (signed in)',
      path: '/api/v1/templates/preview',
      headers: { ...JSON_TYPE, ...target.auth },
      body: preview,
    },
  ];
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const counts: Record<string, number> = {};
  const client = async (offset: number) => {
    for (let n = offset; !done; n += 1) {
      const request = requests[n % requests.length] as (typeof requests)[number];
      const status = await fetch(`${target.baseUrl}${request.path}`, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
      })
        .then(async (response) => {
          await response.arrayBuffer();
          return response.status;
        })
        .catch(() => 0);
      const key = `${request.name} ${status}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i * 2)));
  return counts;
}

/** POST /api/v1/invites for the interviews; resolves with what it answered. */
export async function bulkSend(target: StallTarget, request: BulkRequest) {
  const started = performance.now();
  const response = await fetch(`${target.baseUrl}/api/v1/invites`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.auth },
    body: JSON.stringify(request),
  });
  const data = (await response.json()) as { sent?: unknown[]; failed?: unknown[] };
  return {
    status: response.status,
    sent: data.sent?.length ?? 0,
    failed: data.failed?.length ?? 0,
    ms: performance.now() - started,
  };
}

/** The whole load: the bulk send and hostile bodies at once, /healthz probed throughout. */
export async function runStallLoad(
  target: StallTarget,
  request: BulkRequest,
): Promise<StallResult> {
  hostileBodies();
  const bulk = bulkSend(target, request);
  const [probes, hostile, answer] = await Promise.all([
    probeHealth(target.baseUrl, bulk),
    sendHostileBodies(target, bulk),
    bulk,
  ]);
  return { latencies: probes.latencies, failedProbes: probes.failed, bulk: answer, hostile };
}

/** The same probes on a server doing nothing else, for `ms`: the baseline. */
export async function probeIdle(baseUrl: string, ms: number) {
  return probeHealth(baseUrl, new Promise((resolve) => setTimeout(resolve, ms)));
}
