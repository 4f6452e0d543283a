import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import { ApiError, api, setCsrfToken } from './api.js';
import type { User } from './types.js';

interface SessionState {
  user: User;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** The signed-in user; only used below <SessionGate>, where one always exists. */
export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in area');
  return session;
}

export interface SessionInfo {
  user: User;
  csrfToken: string;
}

/** Loads the session; null when signed out. */
export function useSessionQuery() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      try {
        const info = await api<SessionInfo>('GET', '/session');
        setCsrfToken(info.csrfToken);
        return info;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Provides the signed-in user to everything inside. */
export function SessionProvider({ info, children }: { info: SessionInfo; children: ReactNode }) {
  const client = useQueryClient();
  const signOut = async () => {
    await api('DELETE', '/session').catch(() => undefined);
    client.clear();
    client.setQueryData(['session'], null);
  };
  return (
    <SessionContext.Provider value={{ user: info.user, signOut }}>
      {children}
    </SessionContext.Provider>
  );
}
