import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** A fixture feed from tests/fixtures/calendars. */
export const fixtureFeed = (name: string) =>
  readFileSync(join(process.cwd(), 'tests', 'fixtures', 'calendars', name), 'utf8');

export interface FeedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  status: number;
}

type Answer =
  | { body: string; etag?: string; lastModified?: string; type?: string }
  | { status: number; location?: string; body?: string }
  | { hang: true };

/**
 * A local calendar host, as Google or Outlook would serve feeds: each path answers what `set`
 * put there, honouring If-None-Match (304 for the same ETag); every request is recorded.
 */
export async function startFeedServer() {
  const answers = new Map<string, Answer>();
  const requests: FeedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const answer = answers.get(path) ?? { status: 404, body: 'Not Found' };
    const record = (status: number) => requests.push({ path, headers: req.headers, status });
    if ('hang' in answer) return record(0);
    if ('status' in answer) {
      record(answer.status);
      res.writeHead(answer.status, answer.location ? { location: answer.location } : {});
      return res.end(answer.body ?? '');
    }
    if (answer.etag && req.headers['if-none-match'] === answer.etag) {
      record(304);
      res.writeHead(304, { etag: answer.etag });
      return res.end();
    }
    record(200);
    res.writeHead(200, {
      'content-type': answer.type ?? 'text/calendar; charset=utf-8',
      ...(answer.etag ? { etag: answer.etag } : {}),
      ...(answer.lastModified ? { 'last-modified': answer.lastModified } : {}),
    });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    set: (path: string, answer: Answer) => answers.set(path, answer),
    requests,
    /** The requests for one path, in order. */
    to: (path: string) => requests.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FeedServer = Awaited<ReturnType<typeof startFeedServer>>;
