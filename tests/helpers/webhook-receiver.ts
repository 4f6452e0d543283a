import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A local HTTP receiver for webhooks: records each request and answers with the next status
 * queued for its path (then 200), or holds it unanswered until released.
 */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  const answers: Record<string, number[]> = {};
  let holds = 0;
  let held: ServerResponse[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (holds > 0) {
        holds -= 1;
        held.push(res);
        return;
      }
      res.statusCode = answers[path]?.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    /** The statuses the next requests to `path` get (then 200). */
    answer: (path: string, statuses: number[]) => {
      answers[path] = [...statuses];
    },
    /** Takes the next `count` requests but does not answer them until released. */
    holdNext: (count: number) => {
      holds = count;
    },
    /** How many requests are waiting for an answer. */
    held: () => held.length,
    /** Answers the held requests, late, with `status`. */
    releaseHeld: (status: number) => {
      for (const res of held) {
        res.statusCode = status;
        res.end('late');
      }
      held = [];
    },
    at: (path: string) => received.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
