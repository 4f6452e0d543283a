import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import { api, setCsrfToken } from './api.js';
import { keys } from './queries.js';
import type { SignedIn, User } from './types.js';

interface SessionState {
  user: User;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** The signed-in user; only used below <SessionProvider>, where one always exists. */
export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in area');
  return session;
}

/** Provides the signed-in user to everything inside. */
export function SessionProvider({ info, children }: { info: SignedIn; children: ReactNode }) {
  const client = useQueryClient();
  const signOut = async () => {
    await api('DELETE', '/session').catch(() => undefined);
    client.clear();
    client.setQueryData(keys.session, null);
  };
  return (
    <SessionContext.Provider value={{ user: info.user, signOut }}>
      {children}
    </SessionContext.Provider>
  );
}

/** After sign-in (or setup): keep the CSRF token for writes, and open the app. */
export function signedIn(client: QueryClient, info: SignedIn): void {
  setCsrfToken(info.csrfToken);
  client.setQueryData(keys.session, info);
}
