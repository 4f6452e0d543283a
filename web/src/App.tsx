import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './components/Layout.js';
import { shell } from './i18n/en/shell.js';
import { useText } from './i18n/text.js';
import { sessionQuery, setupQuery } from './queries.js';
import { SessionProvider } from './session.js';

/** A page's module, loaded when the page is first shown: each screen is its own chunk. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const SetupPage = page(() => import('./pages/SetupPage.js'), 'SetupPage');
const SignInPage = page(() => import('./pages/SignInPage.js'), 'SignInPage');
const InterviewsPage = page(() => import('./pages/InterviewsPage.js'), 'InterviewsPage');
const InterviewDetailsPage = page(
  () => import('./pages/InterviewDetailsPage.js'),
  'InterviewDetailsPage',
);
const SchedulingRequestsPage = page(
  () => import('./pages/SchedulingRequestsPage.js'),
  'SchedulingRequestsPage',
);
const InboxPage = page(() => import('./pages/InboxPage.js'), 'InboxPage');
const TemplatesPage = page(() => import('./pages/TemplatesPage.js'), 'TemplatesPage');
const DevMailboxPage = page(() => import('./pages/DevMailboxPage.js'), 'DevMailboxPage');
const WebhooksPage = page(() => import('./pages/WebhooksPage.js'), 'WebhooksPage');
const BrandingPage = page(() => import('./pages/BrandingPage.js'), 'BrandingPage');
const PeoplePage = page(() => import('./pages/PeoplePage.js'), 'PeoplePage');
const AccountPage = page(() => import('./pages/AccountPage.js'), 'AccountPage');

function Loading({ label, height }: { label: string; height: string }) {
  return (
    <Center h={height}>
      <Loader aria-label={label} />
    </Center>
  );
}

/** Shows a lazily loaded page, with a loader while its chunk arrives. */
function Lazy({ children, full = false }: { children: ReactNode; full?: boolean }) {
  const t = useText(shell);
  const fallback = <Loading label={t('app.loadingPage')} height={full ? '100vh' : '40vh'} />;
  return <Suspense fallback={fallback}>{children}</Suspense>;
}

/** Setup on an empty database, else sign-in, else the app. */
export function App() {
  const t = useText(shell);
  const setup = useQuery(setupQuery);
  const session = useQuery(sessionQuery);
  if (setup.isPending || session.isPending)
    return <Loading label={t('app.loading')} height="100vh" />;
  if (setup.data?.setupRequired) {
    return (
      <Lazy full>
        <SetupPage />
      </Lazy>
    );
  }
  if (!session.data) {
    return (
      <Lazy full>
        <SignInPage />
      </Lazy>
    );
  }
  return (
    <SessionProvider info={session.data}>
      <Layout>
        <Lazy>
          <Routes>
            <Route path="/" element={<InterviewsPage />} />
            <Route path="/interviews/:id" element={<InterviewDetailsPage />} />
            <Route path="/scheduling-requests" element={<SchedulingRequestsPage />} />
            <Route path="/inbox" element={<InboxPage />} />
            <Route path="/templates" element={<TemplatesPage />} />
            <Route path="/dev-mailbox" element={<DevMailboxPage />} />
            <Route path="/webhooks" element={<WebhooksPage />} />
            <Route path="/people" element={<PeoplePage />} />
            <Route path="/branding" element={<BrandingPage />} />
            <Route path="/users" element={<Navigate to="/people" replace />} />
            <Route path="/account" element={<AccountPage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Lazy>
      </Layout>
    </SessionProvider>
  );
}
