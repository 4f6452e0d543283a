import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AdminServer, startAsAdmin } from '../../test/api-server.js';
import { renderWithApp } from '../../test/render.js';
import { api } from '../api.js';
import type { Interview, Page, Template } from '../types.js';
import { BulkSendInvitesModal } from './BulkSendInvitesModal.js';

describe('the bulk Send Invites window', () => {
  let server: AdminServer;
  let interviewerId: string;
  let invites: { candidate: Template; interviewer: Template };
  let made = 0;
  const createInterviews = async (count: number): Promise<Interview[]> => {
    const interviews: Interview[] = [];
    for (let i = 0; i < count; i += 1) {
      made += 1;
      interviews.push(
        await api<Interview>('POST', '/interviews', {
          title: `Interview ${made}`,
          candidate: { firstName: 'Cand', lastName: `No ${made}`, email: `c${made}@example.com` },
          interviewerIds: [interviewerId],
          startsAt: new Date(Date.UTC(2031, 0, 1, 9) + made * 3_600_000).toISOString(),
          durationMinutes: 45,
          timeZone: 'UTC',
        }),
      );
    }
    return interviews;
  };
  const firstInvite = async (audience: string) =>
    (await api<Page<Template>>('GET', `/templates?audience=${audience}&invitable=true`))
      .items[0] as Template;

  beforeAll(async () => {
    server = await startAsAdmin();
    interviewerId = (
      await api<{ id: string }>('POST', '/users', {
        name: 'Nora York',
        email: 'nora@example.com',
        timeZone: 'America/New_York',
        role: 'interviewer',
      })
    ).id;
    invites = {
      candidate: await firstInvite('candidate'),
      interviewer: await firstInvite('interviewer'),
    };
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    // The invites last sent are chosen to start with: both pickers begin filled.
    localStorage.setItem('convene.lastInvite.candidate', invites.candidate.id);
    localStorage.setItem('convene.lastInvite.interviewer', invites.interviewer.id);
  });

  const open = (interviews: Interview[], onSent = vi.fn()) =>
    renderWithApp(
      <BulkSendInvitesModal
        opened
        interviews={interviews}
        onClose={() => undefined}
        onSent={onSent}
      />,
      server.session,
    );
  const candidatePicker = () =>
    screen
      .getAllByLabelText(/Candidate Invite/)
      .find((e) => e.tagName === 'INPUT') as HTMLInputElement;
  const sendButton = (count: number) =>
    screen.findByRole('button', { name: `Send Invites (${count})` });
  const whenReady = async (count: number) => {
    const button = await sendButton(count);
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    return button;
  };

  it('sends them all a few at a time and lists each one skipped with why', async () => {
    const interviews = await createInterviews(7);
    const cancelled = interviews[3] as Interview;
    // Cancelled by someone else after it was chosen: the server refuses it, the rest go out.
    await api('POST', `/interviews/${cancelled.id}/cancel`, {});
    const onSent = vi.fn();
    const user = userEvent.setup({ delay: null });
    open(interviews, onSent);
    expect(screen.getByText(/Invites for 7 interviews/)).toBeTruthy();
    const chosen = screen.getByRole('list', { name: 'Interviews chosen' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual([
      'Cand No 1 – Interview 1',
      'Cand No 2 – Interview 2',
      'Cand No 3 – Interview 3',
      'Cand No 4 – Interview 4',
      'Cand No 5 – Interview 5',
      'and 2 more',
    ]);
    await user.click(await whenReady(7));

    const summary = await screen.findByRole('status', { name: '6 sent, 1 skipped' });
    expect(within(summary).getByRole('listitem').textContent).toBe(
      `Cand No 4 – ${cancelled.title}: It was cancelled.`,
    );
    const progress = screen.getByRole('progressbar', { name: 'Sending invites' });
    expect(progress.getAttribute('aria-valuenow')).toBe('7');
    expect(progress.getAttribute('aria-valuemax')).toBe('7');
    expect(progress.getAttribute('aria-valuetext')).toBe('Sent 6 of 7');
    expect(onSent).toHaveBeenCalledTimes(1);
    for (const interview of interviews) {
      const now = await api<Interview>('GET', `/interviews/${interview.id}`);
      expect(now.status).toBe(interview === cancelled ? 'cancelled' : 'awaiting_confirmation');
    }
  });

  it('stops after the request under way when Cancel is pressed while sending', async () => {
    const interviews = await createInterviews(7);
    const user = userEvent.setup({ delay: null });
    open(interviews);
    await user.click(await whenReady(7));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    const summary = await screen.findByRole('status', { name: '5 sent, 2 not sent' });
    expect(summary.textContent).toContain('Sending stopped before 2 interviews');
    const progress = screen.getByRole('progressbar', { name: 'Sending invites' });
    expect(progress.getAttribute('aria-valuenow')).toBe('5');
    const statuses = await Promise.all(
      interviews.map(async (i) => (await api<Interview>('GET', `/interviews/${i.id}`)).status),
    );
    expect(statuses).toEqual([...Array(5).fill('awaiting_confirmation'), 'draft', 'draft']);
  });

  it('shows why the invites were refused and sends nothing', async () => {
    const interviews = await createInterviews(2);
    const spare = await api<Template>('POST', '/templates', {
      name: 'Spare invite',
      audience: 'candidate',
      subject: 'Invite',
      body: '<p>{{ interview.link }}</p>',
    });
    localStorage.setItem('convene.lastInvite.candidate', spare.id);
    const onSent = vi.fn();
    const user = userEvent.setup({ delay: null });
    open(interviews, onSent);
    const button = await whenReady(2);
    await waitFor(() => expect(candidatePicker().value).toBe('Spare invite'));
    // Archived by someone else after it was chosen here: the whole request is refused.
    await api('PATCH', `/templates/${spare.id}`, { archived: true });
    await user.click(button);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The invites were not sent');
    expect(alert.textContent).toContain('Candidate Invite: Is archived');
    expect(onSent).not.toHaveBeenCalled();
    expect((await api<Interview>('GET', `/interviews/${interviews[0]?.id}`)).status).toBe('draft');
  });
});
