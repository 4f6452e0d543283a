import type { Credentials, TestApp } from './app.js';
import { linkIn } from './interviews.js';

/**
 * Drains the outbox until no message of the interview is waiting any more (retries included),
 * polling in short steps; throws after `timeoutMs` rather than hanging the suite.
 */
export async function settleOutbox(
  t: TestApp,
  interviewId: string,
  timeoutMs = 10_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await t.worker?.drain();
    const waiting = await t.database.db
      .selectFrom('messages')
      .select(['id', 'state'])
      .where('interview_id', '=', interviewId)
      .where('state', 'in', ['queued', 'sending'])
      .execute();
    if (waiting.length === 0) return;
    if (Date.now() > until) {
      throw new Error(`outbox not settled: ${waiting.map((m) => m.state).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The personal Interview Link token of each recipient, read from the development mailbox. */
export async function devMailboxTokens(
  t: TestApp,
  as: Credentials,
  interviewId: string,
): Promise<Record<string, string>> {
  const list = await t.call({ method: 'GET', url: '/api/v1/dev-mailbox?limit=100', as });
  if (list.statusCode !== 200) throw new Error(`dev mailbox: ${list.body}`);
  const tokens: Record<string, string> = {};
  for (const item of list.data.items as Array<{ id: string; interviewId: string; kind: string }>) {
    // Notices and cancellations carry no Interview Link.
    if (item.interviewId !== interviewId || item.kind === 'notice' || item.kind === 'cancel') {
      continue;
    }
    const message = await t.call({ method: 'GET', url: `/api/v1/dev-mailbox/${item.id}`, as });
    tokens[message.data.to] ??= linkIn(message.data.text).token;
  }
  return tokens;
}
