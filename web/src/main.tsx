import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/tiptap/styles.css';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import {
  MutationCache,
  QueryCache,
  QueryClient,
  QueryClientProvider,
  useQuery,
} from '@tanstack/react-query';
import { StrictMode, Suspense, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.js';
import { ApiError } from './api.js';
import { shell } from './i18n/en/shell.js';
import { TextProvider, useText } from './i18n/text.js';
import { keys, sessionQuery } from './queries.js';
import { appTheme, cssVariablesResolver } from './theme.js';

// A 401 anywhere means the session ended (signed out elsewhere, revoked, or the user was
// deactivated): show the sign-in page instead of an error on every screen.
// Only while signed in: on the sign-in page a 401 is just a wrong password.
const onError = (error: Error) => {
  if (!(error instanceof ApiError && error.status === 401)) return;
  if (!queryClient.getQueryData(keys.session)) return;
  // The session query keeps its observer (clear() would orphan it and the app would not
  // notice); everything the signed-out user loaded is dropped.
  queryClient.setQueryData(keys.session, null);
  const kept: unknown[] = [keys.session[0], keys.setup[0]];
  queryClient.removeQueries({ predicate: (query) => !kept.includes(query.queryKey[0]) });
};
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A 4xx will not fix itself: show it at once instead of retrying.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');

/** The app in the language shown: the signed-in user's own, else the browser's (ADR 019). */
function InLanguage() {
  const session = useQuery(sessionQuery);
  return (
    <TextProvider own={session.data?.user.locale}>
      {/* Nothing to show, in any language, until the shell's words have arrived. */}
      <Suspense fallback={null}>
        <Themed />
      </Suspense>
    </TextProvider>
  );
}

function Themed() {
  const t = useText(shell);
  const theme = useMemo(
    () => appTheme({ closeWindow: t('dialog.close'), closeNotification: t('notification.close') }),
    [t],
  );
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
    >
      {/* Bottom left: clear of the header's actions and of a dialog's buttons (right-aligned). */}
      <Notifications position="bottom-left" />
      <ModalsProvider>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </ModalsProvider>
    </MantineProvider>
  );
}

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <InLanguage />
    </QueryClientProvider>
  </StrictMode>,
);
