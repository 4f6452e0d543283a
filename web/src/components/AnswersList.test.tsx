import { screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminServer, startAsAdmin } from '../../test/api-server.js';
import { renderWithApp } from '../../test/render.js';
import { api } from '../api.js';
import { formatWhen } from '../format.js';
import type { DevMessage, DevMessageSummary, Interview, Page, Template } from '../types.js';
import { AnswersList } from './AnswersList.js';

/** Each participant's Interview Link token, once the worker has delivered their invite. */
async function deliveredTokens(interviewId: string, count: number): Promise<Map<string, string>> {
  const tokens = new Map<string, string>();
  await waitFor(
    async () => {
      const list = await api<Page<DevMessageSummary>>('GET', '/dev-mailbox?limit=100');
      for (const item of list.items.filter((m) => m.interviewId === interviewId)) {
        const message = await api<DevMessage>('GET', `/dev-mailbox/${item.id}`);
        const token = /\/i\/([A-Za-z0-9_-]{43})/.exec(message.text ?? '')?.[1];
        if (token) tokens.set(message.to, token);
      }
      expect(tokens.size).toBe(count);
    },
    { timeout: 15_000, interval: 200 },
  );
  return tokens;
}

describe('the inbox list', () => {
  let server: AdminServer;
  let interview: Interview;
  beforeAll(async () => {
    server = await startAsAdmin({ RUN_WORKER: 'true' });
    const nora = await api<{ id: string }>('POST', '/users', {
      name: 'Nora York',
      email: 'nora@example.com',
      timeZone: 'America/New_York',
      role: 'interviewer',
    });
    interview = await api<Interview>('POST', '/interviews', {
      title: 'Technical interview',
      candidate: { firstName: 'Kenji', lastName: 'Sato', email: 'kenji@example.jp' },
      interviewerIds: [nora.id],
      startsAt: '2030-01-15T15:00:00Z',
      durationMinutes: 60,
      timeZone: 'UTC',
    });
  }, 40_000);
  afterAll(() => server?.close());

  const renderList = (declinesOnly: boolean) =>
    renderWithApp(
      <MemoryRouter>
        <AnswersList declinesOnly={declinesOnly} />
      </MemoryRouter>,
      server.session,
    );

  it('says so when no one has answered yet', async () => {
    const { unmount } = renderList(false);
    expect(await screen.findByText(/No answers yet/)).toBeTruthy();
    unmount();
  });

  it('lists who answered what, newest first, with a decline’s reason and a link to the interview', async () => {
    const invites = await api<Page<Template>>('GET', '/templates?invitable=true');
    const pick = (audience: string) => invites.items.find((t) => t.audience === audience)?.id;
    await api('POST', `/interviews/${interview.id}/invites`, {
      candidate: { templateId: pick('candidate') },
      interviewer: { templateId: pick('interviewer') },
    });
    const tokens = await deliveredTokens(interview.id, 2);
    await api('POST', `/invitations/${tokens.get('kenji@example.jp')}/confirm`);
    await api('POST', `/invitations/${tokens.get('nora@example.com')}/decline`, {
      reason: 'I am on leave that week',
    });

    const { unmount } = renderList(false);
    const list = await screen.findByRole('list', { name: 'Answers' });
    const items = within(list).getAllByRole('listitem');
    expect(
      items.map((item) => within(item).getByText(/^(Confirmed|Declined)$/).textContent),
    ).toEqual(['Declined', 'Confirmed']);
    const [decline, confirm] = items as [HTMLElement, HTMLElement];
    expect(within(decline).getByText('Nora York')).toBeTruthy();
    expect(within(decline).getByText('Interviewer')).toBeTruthy();
    expect(within(decline).getByText('“I am on leave that week”')).toBeTruthy();
    expect(within(confirm).getByText('Kenji Sato')).toBeTruthy();
    expect(within(confirm).getByText('Candidate')).toBeTruthy();
    const link = within(decline).getByRole('link', { name: 'Technical interview' });
    expect(link.getAttribute('href')).toBe(`/interviews/${interview.id}`);
    // The interview's start, and the answer's time, in the signed-in user's zone.
    const zone = server.session.user.timeZone;
    expect(decline.textContent).toContain(formatWhen(interview.startsAt, zone));
    const answeredAt = within(decline).getByText((_, node) => node?.tagName === 'TIME');
    expect(answeredAt.textContent).toBe(
      formatWhen(answeredAt.getAttribute('datetime') ?? '', zone),
    );
    unmount();
  });

  it('shows declines only when asked', async () => {
    renderList(true);
    const list = await screen.findByRole('list', { name: 'Answers' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByText('Nora York')).toBeTruthy();
    expect(within(list).queryByText('Kenji Sato')).toBeNull();
  });
});
