import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ApiServer, startApiServer } from '../../test/api-server.js';
import { describedBy, fill, renderWithApp } from '../../test/render.js';
import { SetupPage } from './SetupPage.js';

const field = (name: RegExp) => screen.getByLabelText(name);

describe('the one-time setup form', () => {
  let server: ApiServer;
  beforeAll(async () => {
    server = await startApiServer();
  });
  afterAll(() => server?.close());
  afterEach(() => vi.restoreAllMocks());

  it('says which required fields are empty, under each, and sends nothing', async () => {
    const sent = vi.spyOn(globalThis, 'fetch');
    const user = userEvent.setup({ delay: null });
    renderWithApp(<SetupPage />);
    await user.click(screen.getByRole('button', { name: 'Create administrator' }));
    expect(describedBy(field(/^Your name/))).toContain('Enter your name');
    expect(describedBy(field(/^Email/))).toContain('Enter your email');
    expect(describedBy(field(/^Password/))).toContain('Choose a password');
    expect(field(/^Your name/).getAttribute('aria-invalid')).toBe('true');
    expect(sent).not.toHaveBeenCalled();
  });

  it('shows each problem the server finds under the field it names', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithApp(<SetupPage />);
    await fill(user, field(/^Your name/), 'Ada\u0007Lovelace');
    await fill(user, field(/^Email/), 'ada.example.com');
    await fill(user, field(/^Password/), 'violet harbour compass');
    await user.click(screen.getByRole('button', { name: 'Create administrator' }));
    await waitFor(() =>
      expect(describedBy(field(/^Email/))).toContain(
        '"ada.example.com" is not a valid email address',
      ),
    );
    expect(describedBy(field(/^Your name/))).toContain(
      'Must not contain line breaks or control characters',
    );
    // Every problem is under its field, so no alert repeats them.
    expect(screen.queryByRole('alert')).toBeNull();
    const state = await fetch('/api/v1/setup').then((r) => r.json());
    expect(state).toEqual({ setupRequired: true });
  });

  it('puts a weak password’s problem under the password, then creates the admin', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithApp(<SetupPage />);
    await fill(user, field(/^Your name/), 'Ada Lovelace');
    await fill(user, field(/^Email/), 'ada@example.com');
    await fill(user, field(/^Password/), 'password1234');
    await user.click(screen.getByRole('button', { name: 'Create administrator' }));
    await waitFor(() => expect(describedBy(field(/^Password/))).toMatch(/too easy to guess/i));

    await user.clear(field(/^Password/));
    await fill(user, field(/^Password/), 'violet harbour compass');
    // Typing in the field clears its problem until the next try.
    expect(describedBy(field(/^Password/))).not.toMatch(/too easy to guess/i);
    await user.click(screen.getByRole('button', { name: 'Create administrator' }));
    // The form set up Convene and signed in: the page's cookie is a session now.
    await waitFor(async () => {
      const session = await fetch('/api/v1/session');
      expect(session.status).toBe(200);
      expect((await session.json()).user).toMatchObject({ email: 'ada@example.com' });
    });
  });
});
