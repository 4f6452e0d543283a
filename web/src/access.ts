/** What the access screens (users, sessions, API keys) share. */
import { notifications } from '@mantine/notifications';
import {
  type QueryClient,
  type QueryKey,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from './api.js';
import type { account } from './i18n/en/account.js';
import type { Translate } from './i18n/translate.js';
import { invalidate, keys } from './queries.js';

/** After a change to a user's access, everything that shows it is read again. */
export function invalidateAccess(client: QueryClient): Promise<unknown> {
  return invalidate(client, keys.users, keys.sessions, keys.apiKeys);
}

/** DELETE `${path}/${id}` for a session or key, then says so and reads `root` again. */
export function useRevoke(path: string, root: QueryKey, done: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api('DELETE', `${path}/${id}`),
    onSuccess: () => {
      notifications.show({ color: 'green', message: done });
      void invalidate(client, root);
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  });
}

/**
 * "Firefox on Linux"-ish: the browser part of a User-Agent, short enough for a table, in the
 * account area's words.
 */
export function describeAgent(agent: string | null, t: Translate<typeof account>): string {
  if (!agent) return t('agent.unknown');
  const browser = /(Edg|Firefox|Chrome|Safari)\/[\d.]+/.exec(agent)?.[1];
  const system = /\((Windows|Macintosh|X11; Linux|Linux|iPhone|iPad|Android)[^)]*\)/.exec(
    agent,
  )?.[1];
  if (!browser) return agent.slice(0, 60);
  const name = browser === 'Edg' ? 'Edge' : browser;
  const os = system?.replace('X11; ', '').replace('Macintosh', 'macOS');
  return os ? t('agent.on', { browser: name, system: os }) : name;
}
