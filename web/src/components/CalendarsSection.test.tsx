import { ModalsProvider } from '@mantine/modals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type FeedServer,
  fixtureFeed,
  startFeedServer,
} from '../../../tests/helpers/feed-server.js';
import { type AdminServer, startAsAdmin } from '../../test/api-server.js';
import { describedBy, fill, renderWithApp } from '../../test/render.js';
import type { Calendar } from '../types.js';
import { CalendarsSection } from './CalendarsSection.js';

const field = (name: RegExp) => screen.getByLabelText(name);

describe('your calendars', () => {
  let server: AdminServer;
  let feeds: FeedServer;
  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.set('/work.ics', { body: fixtureFeed('google-feed.ics') });
    // The feed server is on loopback: the server must be allowed to reach it.
    server = await startAsAdmin({ ALLOW_PRIVATE_NETWORK: 'true' });
  });
  afterAll(async () => {
    await server?.close();
    await feeds?.close();
  });
  afterEach(() => vi.restoreAllMocks());

  const calendars = () =>
    fetch(`/api/v1/users/${server.session.user.id}/calendars`)
      .then((r) => r.json() as Promise<{ items: Calendar[] }>)
      .then((page) => page.items);
  const render = () =>
    renderWithApp(
      <ModalsProvider>
        <CalendarsSection />
      </ModalsProvider>,
      server.session,
    );

  it('says none is connected, and asks for the sign-in of a CalDAV calendar before sending', async () => {
    const sent = vi.spyOn(globalThis, 'fetch');
    const user = userEvent.setup({ delay: null });
    render();
    expect(await screen.findByText('No calendars connected yet.')).toBeTruthy();
    expect(screen.queryByLabelText(/^User name/)).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'CalDAV' }));
    await fill(user, field(/^Calendar address/), 'https://caldav.example.com/ann/work/');
    sent.mockClear();
    await user.click(screen.getByRole('button', { name: 'Connect calendar' }));
    expect(describedBy(field(/^User name/))).toContain('Enter your user name');
    expect(describedBy(field(/^App password/))).toContain('Enter an app password');
    expect(sent).not.toHaveBeenCalled();
  });

  it('connects an iCalendar link, reads it at once and lists it with when it was read', async () => {
    const user = userEvent.setup({ delay: null });
    render();
    await fill(user, field(/^Secret address/), feeds.url('/work.ics'));
    await fill(user, field(/^Name/), 'Work');
    await user.click(screen.getByRole('button', { name: 'Connect calendar' }));
    const table = await screen.findByRole('table', { name: 'Your calendars' });
    const row = within(table).getByText('Work').closest('tr') as HTMLElement;
    expect(row.textContent).toContain(feeds.url('/work.ics'));
    expect(row.textContent).toContain('iCalendar link');
    expect(row.textContent).not.toContain('Never');
    expect(row.textContent).not.toContain('Last error');
    const [saved] = await calendars();
    expect(saved).toMatchObject({ kind: 'ics', label: 'Work', lastError: null });
  });

  it('shows why a calendar could not be read, reads it again on Refresh now, and removes it when confirmed', async () => {
    const user = userEvent.setup({ delay: null });
    render();
    await fill(user, field(/^Secret address/), feeds.url('/later.ics'));
    await user.click(screen.getByRole('button', { name: 'Connect calendar' }));
    const error = await screen.findByText(/Last error: HTTP 404/);
    expect(error.closest('tr')?.textContent).toContain('Never');

    feeds.set('/later.ics', { body: fixtureFeed('google-feed.ics') });
    await user.click(
      screen.getByRole('button', { name: `Refresh now: ${feeds.url('/later.ics')}` }),
    );
    await waitFor(() => expect(screen.queryByText(/Last error/)).toBeNull());

    await user.click(
      screen.getByRole('button', { name: `Remove calendar ${feeds.url('/later.ics')}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Remove this calendar?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await waitFor(async () =>
      expect((await calendars()).map((c) => c.url)).not.toContain(feeds.url('/later.ics')),
    );
    await waitFor(() => expect(screen.queryByText(feeds.url('/later.ics'))).toBeNull());
  });
});
