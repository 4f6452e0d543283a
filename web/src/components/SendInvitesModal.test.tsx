import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AdminServer, startAsAdmin } from '../../test/api-server.js';
import { renderWithApp } from '../../test/render.js';
import { api } from '../api.js';
import type { Interview, Page, Template } from '../types.js';
import { SendInvitesModal } from './SendInvitesModal.js';

describe('the Send Invites window', () => {
  let server: AdminServer;
  let interview: Interview;
  let candidateInvite: Template;
  beforeAll(async () => {
    server = await startAsAdmin();
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
    const templates = await api<Page<Template>>(
      'GET',
      '/templates?audience=candidate&invitable=true',
    );
    candidateInvite = templates.items[0] as Template;
  });
  afterAll(() => server?.close());
  beforeEach(() => localStorage.clear());

  it('closes at once when an invite is open but nothing was edited', async () => {
    localStorage.setItem('convene.lastInvite.candidate', candidateInvite.id);
    const onClose = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithApp(
      <SendInvitesModal interviewId={interview.id} onClose={onClose} />,
      server.session,
    );
    await screen.findByText('Local times');
    // The editor shows the invite (and may tidy its HTML): that is not an edit.
    await screen.findByRole('textbox', { name: 'Subject' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Discard your edits?')).toBeNull();
  });

  it('starts with the invite last sent from this browser', async () => {
    localStorage.setItem('convene.lastInvite.candidate', candidateInvite.id);
    renderWithApp(
      <SendInvitesModal interviewId={interview.id} onClose={() => undefined} />,
      server.session,
    );
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Subject' }) as HTMLInputElement).value).toBe(
        candidateInvite.subject,
      ),
    );
  });

  it('previews a French candidate’s invite in its French wording, and says so', async () => {
    const nora = await api<Page<{ id: string }>>('GET', '/users?q=nora');
    const amelie = await api<Interview>('POST', '/interviews', {
      title: 'Entretien technique',
      candidate: {
        firstName: 'Amélie',
        lastName: 'Martin',
        email: 'amelie@example.fr',
        locale: 'fr',
      },
      interviewerIds: [nora.items[0]?.id],
      startsAt: '2030-01-16T09:00:00Z',
      durationMinutes: 60,
      timeZone: 'Europe/Paris',
    });
    const bilingual = await api<Template>('POST', '/templates', {
      name: 'Bilingual invite',
      audience: 'candidate',
      subject: 'Interview: {{ interview.title }}',
      body: '<p>Please open {{ interview.link }}.</p>',
      variants: {
        fr: { subject: 'Entretien : {{ interview.title }}', body: '<p>{{ interview.link }}</p>' },
      },
    });
    localStorage.setItem('convene.lastInvite.candidate', bilingual.id);
    const user = userEvent.setup({ delay: null });
    renderWithApp(
      <SendInvitesModal interviewId={amelie.id} onClose={() => undefined} />,
      server.session,
    );
    const section = await screen.findByRole('region', { name: 'Candidate Message' });
    await waitFor(() =>
      expect(within(section).getByText(/^Also written in/).textContent).toContain('Français'),
    );
    await user.click(within(section).getByRole('button', { name: 'Preview' }));
    await within(section).findByText('Entretien : Entretien technique');
    expect(within(section).getByText(/^Written in/).textContent).toBe('Written in Français');
  });
});
