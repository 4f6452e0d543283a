import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AdminServer, startAsAdmin } from '../../test/api-server.js';
import { renderWithApp } from '../../test/render.js';
import { api } from '../api.js';
import type { User } from '../types.js';
import { ProfileForm } from './ProfileForm.js';

const me = (server: AdminServer) =>
  fetch(`/api/v1/users/${server.session.user.id}`).then((r) => r.json() as Promise<User>);

// The language picker's visible input (Select also labels a hidden one and its options).
function languageField(): HTMLInputElement {
  const shown = screen
    .getAllByLabelText(/^Your language/)
    .find((e) => e.tagName === 'INPUT' && e.getAttribute('type') !== 'hidden');
  if (!shown) throw new Error('no language field');
  return shown as HTMLInputElement;
}

// A time input, set as the browser's picker sets it (happy-dom types no digits into one).
const setTime = (name: string, value: string) =>
  fireEvent.change(screen.getByLabelText(name), { target: { value } });

describe('your profile', () => {
  let server: AdminServer;
  beforeAll(async () => {
    server = await startAsAdmin();
  });
  afterAll(() => server?.close());

  it('shows the usual hours until you set your own', async () => {
    renderWithApp(<ProfileForm />, server.session);
    const days = screen.getAllByRole('checkbox');
    expect(days.map((d) => (d as HTMLInputElement).checked)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect((screen.getByLabelText('Monday start') as HTMLInputElement).value).toBe('09:00');
    expect((screen.getByLabelText('Friday end') as HTMLInputElement).value).toBe('18:00');
    expect(screen.queryByLabelText('Saturday start')).toBeNull();
  });

  it('says what is wrong with the hours before sending anything', async () => {
    const sent = vi.spyOn(globalThis, 'fetch');
    const user = userEvent.setup({ delay: null });
    renderWithApp(<ProfileForm />, server.session);
    setTime('Tuesday end', '08:00');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    const hours = screen.getByRole('group', { name: 'Working hours' });
    expect(hours.closest('.mantine-InputWrapper-root')?.textContent).toContain(
      'Tuesday: the end must come after the start',
    );
    expect(sent).not.toHaveBeenCalled();
    sent.mockRestore();
  });

  it('saves your name and a week with a split Monday and a Saturday', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithApp(<ProfileForm />, server.session);
    // Monday 08:00–12:00 and 13:00–17:00; no Friday; Saturday 10:00 to midnight.
    setTime('Monday start', '08:00');
    setTime('Monday end', '12:00');
    await user.click(screen.getByRole('button', { name: 'Add more hours on Monday' }));
    setTime('Monday start 2', '13:00');
    setTime('Monday end 2', '17:00');
    await user.click(screen.getByRole('checkbox', { name: 'Friday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    setTime('Saturday start', '10:00');
    setTime('Saturday end', '00:00');
    const name = screen.getByLabelText(/^Your name/);
    await user.clear(name);
    await user.paste('Carla Coordinator');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(async () => expect((await me(server)).name).toBe('Carla Coordinator'));
    expect((await me(server)).workingHours).toEqual({
      timeZone: null,
      weekly: [
        { day: 1, start: '08:00', end: '12:00' },
        { day: 1, start: '13:00', end: '17:00' },
        { day: 2, start: '09:00', end: '18:00' },
        { day: 3, start: '09:00', end: '18:00' },
        { day: 4, start: '09:00', end: '18:00' },
        { day: 6, start: '10:00', end: '24:00' },
      ],
      datesOff: [],
    });
  });

  it('saves the usual week as the default, so it keeps following it', async () => {
    const user = userEvent.setup({ delay: null });
    const session = { ...server.session, user: await me(server) };
    renderWithApp(<ProfileForm />, session);
    // Saturday's end is midnight: a time input shows it as 00:00.
    expect((screen.getByLabelText('Saturday end') as HTMLInputElement).value).toBe('00:00');
    await user.click(screen.getByRole('button', { name: /^Reset to Monday–Friday/ }));
    expect(screen.queryByLabelText('Saturday start')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(async () => expect((await me(server)).workingHours).toBeNull());
  });

  it('adds a two-week holiday and a single day off, removes one, and saves the rest with the hours', async () => {
    const user = userEvent.setup({ delay: null });
    const session = { ...server.session, user: await me(server) };
    renderWithApp(<ProfileForm />, session);
    expect(screen.getByRole('group', { name: 'Time off' }).textContent).toContain('No time off');
    const add = screen.getByRole('button', { name: 'Add time off' });
    await user.click(add);
    await user.click(add);
    await user.click(add);
    // The first day moved past the last takes the last along; then the last is set.
    setTime('Time off 1, first day', '2030-08-05');
    expect((screen.getByLabelText('Time off 1, last day') as HTMLInputElement).value).toBe(
      '2030-08-05',
    );
    setTime('Time off 1, last day', '2030-08-16');
    await user.type(screen.getByLabelText('Time off 1, note'), 'Summer holiday');
    setTime('Time off 2, first day', '2030-12-24');
    await user.click(screen.getByRole('button', { name: 'Remove Time off 3' }));
    expect(screen.queryByLabelText('Time off 3, first day')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(async () =>
      expect((await me(server)).workingHours?.datesOff).toEqual([
        { from: '2030-08-05', to: '2030-08-16', note: 'Summer holiday' },
        { from: '2030-12-24', to: '2030-12-24' },
      ]),
    );
    // The usual week with time off is kept as hours of its own.
    expect((await me(server)).workingHours?.weekly).toHaveLength(5);
  });

  it('says what is wrong with time off before sending anything', async () => {
    const sent = vi.spyOn(globalThis, 'fetch');
    const user = userEvent.setup({ delay: null });
    renderWithApp(<ProfileForm />, server.session);
    await user.click(screen.getByRole('button', { name: 'Add time off' }));
    setTime('Time off 1, last day', '2000-01-01');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    const group = screen.getByRole('group', { name: 'Time off' });
    expect(group.closest('.mantine-InputWrapper-root')?.textContent).toContain(
      'Time off 1: the last day must not come before the first',
    );
    expect(sent).not.toHaveBeenCalled();
    sent.mockRestore();
  });

  it('saves your language, and the browser’s again as none', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithApp(<ProfileForm />, { ...server.session, user: await me(server) });
    const language = languageField();
    expect(language.value).toBe('Browser’s language');
    await user.click(language);
    await user.click(await screen.findByRole('option', { name: 'Deutsch' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(async () => expect((await me(server)).locale).toBe('de'));

    await user.click(language);
    await user.click(await screen.findByRole('option', { name: 'Browser’s language' }));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(async () => expect((await me(server)).locale).toBeNull());
  });

  it('shows a language Convene has no catalog of as it is, and keeps it', async () => {
    await api('PATCH', `/users/${server.session.user.id}`, { locale: 'nl-BE' });
    const user = userEvent.setup({ delay: null });
    renderWithApp(<ProfileForm />, { ...server.session, user: await me(server) });
    expect(languageField().value).toBe('nl-BE');
    const name = screen.getByLabelText(/^Your name/);
    await user.clear(name);
    await user.paste('Carla Dutch');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(async () => expect((await me(server)).name).toBe('Carla Dutch'));
    expect((await me(server)).locale).toBe('nl-BE');
  });
});
