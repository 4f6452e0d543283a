import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AdminServer, startAsAdmin } from '../../test/api-server.js';
import { describedBy, fill, renderWithApp } from '../../test/render.js';
import { api } from '../api.js';
import { windowToIso } from '../scheduling-window.js';
import type { Page, SchedulingRequest, Template } from '../types.js';
import { addDays, todayIn } from '../zoned-time.js';
import { AskCandidateModal } from './AskCandidateModal.js';

/** The field labelled exactly so (a required field's label ends in an asterisk). */
function field(label: string): HTMLElement {
  const found = screen.getAllByLabelText(new RegExp(`^${label}\\W*$`));
  // A select also labels the hidden input that carries its value to a form post.
  const shown = found.find((element) => element.getAttribute('type') !== 'hidden');
  if (!shown) throw new Error(`no visible field labelled ${label}`);
  return shown;
}
const posts = (spy: { mock: { calls: unknown[][] } }, path: string) =>
  spy.mock.calls.filter(
    ([url, init]) =>
      (init as RequestInit | undefined)?.method === 'POST' && String(url).endsWith(path),
  );

describe('the Ask candidate to pick a time form', () => {
  let server: AdminServer;
  const invite = async (audience: string) =>
    (await api<Page<Template>>('GET', `/templates?audience=${audience}&invitable=true`))
      .items[0] as Template;

  beforeAll(async () => {
    server = await startAsAdmin();
    await api('POST', '/users', {
      name: 'Nora York',
      email: 'nora@example.com',
      timeZone: 'America/New_York',
      role: 'interviewer',
    });
    // The invites last sent from this browser are chosen to start with, as in Send Invites.
    localStorage.setItem('convene.lastInvite.candidate', (await invite('candidate')).id);
    localStorage.setItem('convene.lastInvite.interviewer', (await invite('interviewer')).id);
  });
  afterAll(() => server?.close());
  afterEach(() => vi.restoreAllMocks());

  const open = () =>
    renderWithApp(<AskCandidateModal opened onClose={() => undefined} />, server.session);
  const chooseNora = async (user: ReturnType<typeof userEvent.setup>) => {
    await user.click(field('Interviewers'));
    await user.click(await screen.findByRole('option', { name: 'Nora York' }));
  };

  it('asks for a candidate, an interviewer and a title before sending anything', async () => {
    const sent = vi.spyOn(globalThis, 'fetch');
    const user = userEvent.setup({ delay: null });
    open();
    // The only template holding the Scheduling Link is chosen to start with.
    await waitFor(() =>
      expect((field('Request email') as HTMLInputElement).value).toBe('Scheduling Request'),
    );
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(describedBy(field('Candidate'))).toContain('Choose a candidate or add a new one');
    expect(describedBy(field('Interviewers'))).toContain('Choose at least one');
    expect(describedBy(field('Interview title'))).toContain('Enter a title');
    expect(describedBy(field('Request email'))).toBe('');
    expect(posts(sent, '/scheduling-requests')).toEqual([]);
    expect(
      screen.getByText(/Choose the interviewers and the days to see how many free times/),
    ).toBeTruthy();
  });

  it('adds a new candidate, counts the free times, and sends the days as instants in the user’s zone', async () => {
    const user = userEvent.setup({ delay: null });
    open();
    await fill(user, await screen.findByRole('textbox', { name: /^Candidate/ }), 'Lucía Fernández');
    await user.click(await screen.findByRole('option', { name: /add new candidate/i }));
    await fill(user, field('Candidate email'), 'lucia@example.com');
    await chooseNora(user);
    await fill(user, field('Interview title'), 'Technical interview');
    // Nora works 09:00–18:00 in New York on weekdays: a week from tomorrow has free times.
    await screen.findByText(/^\d+ free times in this window/);
    await waitFor(() =>
      expect((field('Interviewer Invite') as HTMLInputElement).value).not.toBe(''),
    );
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    const zone = server.session.user.timeZone;
    await waitFor(async () => {
      const list = await api<Page<SchedulingRequest>>('GET', '/scheduling-requests');
      expect(list.items[0]).toMatchObject({
        candidateName: 'Lucía Fernández',
        interviewerNames: ['Nora York'],
        title: 'Technical interview',
        durationMinutes: 60,
        status: 'sent',
        ...windowToIso(
          { fromDate: addDays(todayIn(zone), 1), toDate: addDays(todayIn(zone), 7) },
          zone,
        ),
      });
    });
  });

  it('shows the server’s refusal under the field it names, and adds a new candidate only once', async () => {
    const pickATime = await api<Template>('POST', '/templates', {
      name: 'Pick a time',
      audience: 'candidate',
      subject: 'Choose a time for {{ interview.title }}',
      body: '<p>Please <a href="{{ scheduling.link }}">choose a time</a>.</p>',
    });
    const sent = vi.spyOn(globalThis, 'fetch');
    const user = userEvent.setup({ delay: null });
    open();
    await fill(user, await screen.findByRole('textbox', { name: /^Candidate/ }), 'Kenji Sato');
    await user.click(await screen.findByRole('option', { name: /add new candidate/i }));
    await fill(user, field('Candidate email'), 'kenji@example.jp');
    await chooseNora(user);
    await fill(user, field('Interview title'), 'Final round');
    // Two templates hold the Scheduling Link now: none is chosen for the user.
    await fill(user, field('Request email'), 'Pick');
    await user.click(await screen.findByRole('option', { name: 'Pick a time' }));
    // Archived by someone else while the form is open: only the server can tell.
    await api('PATCH', `/templates/${pickATime.id}`, { archived: true });
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    await waitFor(() => expect(describedBy(field('Request email'))).toContain('Is archived'));
    // The new candidate was saved and is now the chosen one: sending again adds nobody.
    expect((field('Candidate') as HTMLInputElement).value).toBe('Kenji Sato');
    await user.clear(field('Request email'));
    await fill(user, field('Request email'), 'Sched');
    await user.click(await screen.findByRole('option', { name: 'Scheduling Request' }));
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    await waitFor(() => expect(posts(sent, '/scheduling-requests')).toHaveLength(2));
    expect(posts(sent, '/candidates')).toHaveLength(1);
    await waitFor(async () => {
      const list = await api<Page<SchedulingRequest>>('GET', '/scheduling-requests');
      expect(list.items[0]).toMatchObject({ candidateName: 'Kenji Sato', title: 'Final round' });
    });
  });
});
