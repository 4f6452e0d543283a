import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AdminServer, startAsAdmin } from '../../test/api-server.js';
import { describedBy, fill, renderWithApp } from '../../test/render.js';
import { api } from '../api.js';
import { CreateInterviewModal } from './CreateInterviewModal.js';

/** The field labelled exactly so (a required field's label ends in an asterisk). */
function field(label: string): HTMLElement {
  const found = screen.getAllByLabelText(new RegExp(`^${label}\\W*$`));
  // A multi-select also labels the hidden input that carries its value to a form post.
  const shown = found.find((element) => element.getAttribute('type') !== 'hidden');
  if (!shown) throw new Error(`no visible field labelled ${label}`);
  return shown;
}
const posts = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST');

describe('the Create interview form', () => {
  let server: AdminServer;
  beforeAll(async () => {
    server = await startAsAdmin();
    await api('POST', '/users', {
      name: 'Nora York',
      email: 'nora@example.com',
      timeZone: 'America/New_York',
      role: 'interviewer',
    });
  });
  afterAll(() => server?.close());
  afterEach(() => vi.restoreAllMocks());

  it('asks for a candidate, an interviewer and a title before sending anything', async () => {
    const sent = vi.spyOn(globalThis, 'fetch');
    const user = userEvent.setup({ delay: null });
    renderWithApp(<CreateInterviewModal opened onClose={() => undefined} />, server.session);
    await user.click(await screen.findByRole('button', { name: 'Save interview' }));
    expect(describedBy(field('Candidate'))).toContain('Choose a candidate or add a new one');
    expect(describedBy(field('Interviewers'))).toContain('Choose at least one');
    expect(describedBy(field('Interview title'))).toContain('Enter a title');
    expect(posts(sent)).toEqual([]);
  });

  it('shows every problem at once under its field, before asking the server', async () => {
    const sent = vi.spyOn(globalThis, 'fetch');
    const user = userEvent.setup({ delay: null });
    renderWithApp(<CreateInterviewModal opened onClose={() => undefined} />, server.session);
    await fill(user, await screen.findByRole('textbox', { name: /^Candidate/ }), 'Kenji Sato');
    await user.click(await screen.findByRole('option', { name: /add new candidate/i }));
    await fill(user, field('Candidate email'), 'kenji-at-example.jp');
    await user.click(field('Interviewers'));
    await user.click(await screen.findByRole('option', { name: 'Nora York' }));
    await fill(user, field('Interview title'), 'Technical interview');
    await fill(user, field('Meeting link'), 'ftp://meet.example.com/abc');
    await user.click(screen.getByRole('button', { name: 'Save interview' }));
    expect(describedBy(field('Candidate email'))).toContain(
      'Enter an email address like name@example.com',
    );
    expect(describedBy(field('Meeting link'))).toContain(
      'Enter a web address that starts with https://',
    );
    expect(describedBy(field('Time zone'))).toBe('');
    expect(posts(sent)).toEqual([]);
  });

  it('finds an interviewer past the hundredth by name, accents aside', async () => {
    for (let i = 0; i < 100; i++) {
      await api('POST', '/users', {
        name: `Panel Member ${String(i).padStart(3, '0')}`,
        email: `member${i}@example.com`,
        timeZone: 'UTC',
        role: 'interviewer',
      });
    }
    await api('POST', '/users', {
      name: 'Zoë Zwicky',
      email: 'zoe@example.ch',
      timeZone: 'Europe/Zurich',
      role: 'interviewer',
    });
    const user = userEvent.setup({ delay: null });
    renderWithApp(<CreateInterviewModal opened onClose={() => undefined} />, server.session);
    // The window puts the focus in it first (its close button): start with the candidate.
    await fill(user, await screen.findByRole('textbox', { name: /^Candidate/ }), 'Ada');
    const interviewers = field('Interviewers');
    await user.click(interviewers);
    await user.keyboard('zoe zw');
    await user.click(await screen.findByRole('option', { name: 'Zoë Zwicky' }));
    // Chosen, and kept with her name while another search shows others.
    await user.click(interviewers);
    await user.keyboard('Nora');
    await user.click(await screen.findByRole('option', { name: 'Nora York' }));
    expect(screen.getByText('Zoë Zwicky')).toBeTruthy();
    expect(screen.getByText('Nora York')).toBeTruthy();
  });

  it('offers the candidate who already has the email, and uses them only when asked', async () => {
    const kenji = await api<{ id: string }>('POST', '/candidates', {
      firstName: 'Kenji',
      lastName: 'Sato',
      email: 'kenji@example.jp',
    });
    const user = userEvent.setup({ delay: null });
    renderWithApp(<CreateInterviewModal opened onClose={() => undefined} />, server.session);
    await fill(user, await screen.findByRole('textbox', { name: /^Candidate/ }), 'Ken Other');
    await user.click(await screen.findByRole('option', { name: /add new candidate/i }));
    await fill(user, field('Candidate email'), 'KENJI@example.jp');
    await user.click(field('Interviewers'));
    await user.click(await screen.findByRole('option', { name: 'Nora York' }));
    await fill(user, field('Interview title'), 'Technical interview');
    await user.click(screen.getByRole('button', { name: 'Save interview' }));
    const use = await screen.findByRole('button', { name: 'Use Kenji Sato' });
    expect(screen.getByText(/Kenji Sato already has this email address/)).toBeTruthy();
    // Nothing was written: no interview, and no second candidate.
    expect((await fetch('/api/v1/interviews').then((r) => r.json())).items).toEqual([]);
    const candidates = await fetch('/api/v1/candidates').then((r) => r.json());
    expect(candidates.items.map((c: { email: string }) => c.email)).toEqual(['kenji@example.jp']);

    await user.click(use);
    await waitFor(() =>
      expect(
        (screen.getByRole('textbox', { name: /^Candidate/ }) as HTMLInputElement).value,
      ).toContain('Kenji Sato'),
    );
    await user.click(screen.getByRole('button', { name: 'Save interview' }));
    await waitFor(async () => {
      const interviews = await fetch('/api/v1/interviews').then((r) => r.json());
      expect(interviews.items.map((i: { candidateId: string }) => i.candidateId)).toEqual([
        kenji.id,
      ]);
    });
  });

  it('adds a new candidate in the language picked, by its own name', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithApp(<CreateInterviewModal opened onClose={() => undefined} />, server.session);
    await fill(user, await screen.findByRole('textbox', { name: /^Candidate/ }), 'Amélie Martin');
    await user.click(await screen.findByRole('option', { name: /add new candidate/i }));
    await fill(user, field('Candidate email'), 'amelie@example.fr');
    const language = field('Candidate language');
    // Until one is picked, the page follows the candidate's browser.
    expect((language as HTMLInputElement).value).toBe('Browser’s language');
    await user.click(language);
    await user.click(await screen.findByRole('option', { name: 'Français' }));
    await user.click(field('Interviewers'));
    await user.click(await screen.findByRole('option', { name: 'Nora York' }));
    await fill(user, field('Interview title'), 'Entretien technique');
    await user.click(screen.getByRole('button', { name: 'Save interview' }));
    await waitFor(async () => {
      const found = await fetch('/api/v1/candidates?q=amelie').then((r) => r.json());
      expect(found.items.map((c: { locale: string | null }) => c.locale)).toEqual(['fr']);
    });
  });
});
