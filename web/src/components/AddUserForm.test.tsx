import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ADMIN, type AdminServer, startAsAdmin } from '../../test/api-server.js';
import { describedBy, fill, renderWithApp } from '../../test/render.js';
import type { Page, User } from '../types.js';
import { AddUserForm } from './AddUserForm.js';

const field = (name: RegExp) => screen.getByLabelText(name);

describe('the Add user form', () => {
  let server: AdminServer;
  beforeAll(async () => {
    server = await startAsAdmin();
  });
  afterAll(() => server?.close());
  afterEach(() => vi.restoreAllMocks());

  const users = () =>
    fetch('/api/v1/users?limit=100')
      .then((r) => r.json() as Promise<Page<User>>)
      .then((page) => page.items.map((u) => u.email));

  it('asks for a name and an email before sending anything', async () => {
    const sent = vi.spyOn(globalThis, 'fetch');
    const user = userEvent.setup({ delay: null });
    renderWithApp(<AddUserForm />, server.session);
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    expect(describedBy(field(/^Name/))).toContain('Enter a name');
    expect(describedBy(field(/^Email/))).toContain('Enter an email address');
    // The password is optional: a user without one is invited to interviews only.
    expect(describedBy(field(/^Password \(optional\)/))).not.toContain('Enter');
    expect(sent).not.toHaveBeenCalled();
  });

  it('shows each of the server’s issues under the field it names, and adds nobody', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithApp(<AddUserForm />, server.session);
    await fill(user, field(/^Name/), 'Dana\u0007Departing');
    await fill(user, field(/^Email/), 'dana-at-example.com');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    await waitFor(() =>
      expect(describedBy(field(/^Email/))).toContain(
        '"dana-at-example.com" is not a valid email address',
      ),
    );
    expect(describedBy(field(/^Name/))).toContain(
      'Must not contain line breaks or control characters',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await users()).toEqual([ADMIN.email]);
  });

  it('puts a weak password’s problem under the password; fixed, the user is added', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithApp(<AddUserForm />, server.session);
    await fill(user, field(/^Name/), 'Dana Departing');
    await fill(user, field(/^Email/), 'dana@example.com');
    await fill(user, field(/^Password \(optional\)/), 'dana12345678');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    await waitFor(() =>
      expect(describedBy(field(/^Password \(optional\)/))).toMatch(/too easy to guess/i),
    );
    expect(await users()).toEqual([ADMIN.email]);

    await user.clear(field(/^Password \(optional\)/));
    await fill(user, field(/^Password \(optional\)/), 'violet harbour compass');
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    await waitFor(async () => expect(await users()).toContain('dana@example.com'));
    // Added: the form is empty again for the next person.
    await waitFor(() => expect(field(/^Name/)).toHaveProperty('value', ''));
  });
});
