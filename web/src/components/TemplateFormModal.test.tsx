import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AdminServer, startAsAdmin } from '../../test/api-server.js';
import { describedBy, fill, renderWithApp } from '../../test/render.js';
import { api } from '../api.js';
import type { Template } from '../types.js';
import { TemplateFormModal } from './TemplateFormModal.js';

const SUBJECT = 'Interview: {{ interview.title }}';
const BODY = '<p>Hello {{ recipient.first_name }}, please open {{ interview.link }}.</p>';

const read = (id: string) => api<Template>('GET', `/templates/${id}`);
const subjectField = () => screen.getByRole('textbox', { name: /^Subject/ }) as HTMLInputElement;

describe('the template editor’s languages', () => {
  let server: AdminServer;
  beforeAll(async () => {
    server = await startAsAdmin();
  });
  afterAll(() => server?.close());

  it('adds a French wording started from the default, and saves it with the template', async () => {
    const template = await api<Template>('POST', '/templates', {
      name: 'Onsite invite',
      audience: 'candidate',
      subject: SUBJECT,
      body: BODY,
    });
    const onClose = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithApp(
      <TemplateFormModal opened template={template} onClose={onClose} />,
      server.session,
    );
    await screen.findByRole('textbox', { name: /^Subject/ });
    // Only the default until a language is added; every shipped one can be.
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Default']);
    await user.click(screen.getByRole('button', { name: 'Add language' }));
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((i) => i.textContent),
    ).toEqual(['English', 'Français', 'Deutsch', 'Español', 'Português (Brasil)', '日本語']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Français' }));
    const french = screen.getByRole('tab', { name: 'Français' });
    expect(french.getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(subjectField().value).toBe(SUBJECT));
    await user.clear(subjectField());
    await fill(user, subjectField(), 'Entretien : {{ interview.title }}');
    // The default keeps its own wording.
    await user.click(screen.getByRole('tab', { name: 'Default' }));
    await waitFor(() => expect(subjectField().value).toBe(SUBJECT));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const saved = await read(template.id);
    expect(saved.subject).toBe(SUBJECT);
    expect(saved.variants.fr?.subject).toBe('Entretien : {{ interview.title }}');
    expect(saved.variants.fr?.body).toContain('{{ interview.link }}');
    expect(Object.keys(saved.variants)).toEqual(['fr']);
  });

  it('opens the French tab to show what the server refused in it', async () => {
    const template = await api<Template>('POST', '/templates', {
      name: 'Panel invite',
      audience: 'candidate',
      subject: SUBJECT,
      body: BODY,
      variants: { fr: { subject: 'Entretien', body: BODY } },
    });
    const user = userEvent.setup({ delay: null });
    renderWithApp(
      <TemplateFormModal opened template={template} onClose={() => undefined} />,
      server.session,
    );
    await screen.findByRole('textbox', { name: /^Subject/ });
    await user.click(screen.getByRole('tab', { name: 'Français' }));
    await waitFor(() => expect(subjectField().value).toBe('Entretien'));
    await fill(user, subjectField(), ' {{ nope }}');
    await user.click(screen.getByRole('tab', { name: 'Default' }));
    await waitFor(() => expect(subjectField().value).toBe(SUBJECT));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // Refused: the French tab is marked and opened, the problem under its subject.
    const french = await screen.findByRole('tab', { name: /^Français \(has a problem to fix\)$/ });
    await waitFor(() => expect(french.getAttribute('aria-selected')).toBe('true'));
    expect(subjectField().value).toBe('Entretien {{ nope }}');
    expect(describedBy(subjectField())).toContain('Unknown token {{ nope }}');
    expect((await read(template.id)).variants.fr?.subject).toBe('Entretien');
  });

  it('asks for a subject in each language before sending anything', async () => {
    const sent = vi.spyOn(globalThis, 'fetch');
    const user = userEvent.setup({ delay: null });
    renderWithApp(
      <TemplateFormModal opened template={null} onClose={() => undefined} />,
      server.session,
    );
    await fill(user, await screen.findByRole('textbox', { name: /^Name/ }), 'Welcome');
    await fill(user, subjectField(), 'Welcome');
    await user.click(screen.getByRole('button', { name: 'Add language' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Deutsch' }));
    await user.clear(subjectField());
    await user.click(screen.getByRole('tab', { name: 'Default' }));
    sent.mockClear();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const german = await screen.findByRole('tab', { name: /^Deutsch \(has a problem/ });
    expect(german.getAttribute('aria-selected')).toBe('true');
    expect(describedBy(subjectField())).toContain('Enter a subject');
    const writes = sent.mock.calls.filter(([url]) => String(url).endsWith('/templates'));
    expect(writes).toEqual([]);
    sent.mockRestore();
  });
});
