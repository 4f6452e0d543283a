import type { QueryClient } from '@tanstack/react-query';

/** Query keys of the access screens: users, sessions and API keys. */
export const accessKeys = {
  users: ['users'] as const,
  sessions: (userId: string) => ['sessions', userId] as const,
  apiKeys: (userId: string) => ['api-keys', userId] as const,
};

/** After a change to a user's access, everything that shows it is read again. */
export function invalidateAccess(client: QueryClient): Promise<unknown> {
  return Promise.all([
    client.invalidateQueries({ queryKey: ['users'] }),
    client.invalidateQueries({ queryKey: ['sessions'] }),
    client.invalidateQueries({ queryKey: ['api-keys'] }),
  ]);
}

/** "Firefox on Linux"-ish: the browser part of a User-Agent, short enough for a table. */
export function describeAgent(agent: string | null): string {
  if (!agent) return 'Unknown client';
  const browser = /(Edg|Firefox|Chrome|Safari)\/[\d.]+/.exec(agent)?.[1];
  const system = /\((Windows|Macintosh|X11; Linux|Linux|iPhone|iPad|Android)[^)]*\)/.exec(
    agent,
  )?.[1];
  if (!browser) return agent.slice(0, 60);
  const name = browser === 'Edg' ? 'Edge' : browser;
  const os = system?.replace('X11; ', '').replace('Macintosh', 'macOS');
  return os ? `${name} on ${os}` : name;
}
