import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Route, Routes } from 'react-router';
import { api } from './api.js';
import { Layout } from './components/Layout.js';
import { AccountPage } from './pages/AccountPage.js';
import { DevMailboxPage } from './pages/DevMailboxPage.js';
import { InterviewDetailsPage } from './pages/InterviewDetailsPage.js';
import { InterviewsPage } from './pages/InterviewsPage.js';
import { SetupPage } from './pages/SetupPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { TemplatesPage } from './pages/TemplatesPage.js';
import { UsersPage } from './pages/UsersPage.js';
import { WebhooksPage } from './pages/WebhooksPage.js';
import { SessionProvider, useSessionQuery } from './session.js';

/** Setup on an empty database, else sign-in, else the app. */
export function App() {
  const setup = useQuery({
    queryKey: ['setup'],
    queryFn: () => api<{ setupRequired: boolean }>('GET', '/setup'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const session = useSessionQuery();
  if (setup.isPending || session.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (setup.data?.setupRequired) return <SetupPage />;
  if (!session.data) return <SignInPage />;
  return (
    <SessionProvider info={session.data}>
      <Layout>
        <Routes>
          <Route path="/" element={<InterviewsPage />} />
          <Route path="/interviews/:id" element={<InterviewDetailsPage />} />
          <Route path="/templates" element={<TemplatesPage />} />
          <Route path="/dev-mailbox" element={<DevMailboxPage />} />
          <Route path="/webhooks" element={<WebhooksPage />} />
          <Route path="/users" element={<UsersPage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </Layout>
    </SessionProvider>
  );
}
