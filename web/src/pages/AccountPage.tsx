import { Stack, Text, Title } from '@mantine/core';
import { ApiKeysTable } from '../components/ApiKeysTable.js';
import { CalendarsSection } from '../components/CalendarsSection.js';
import { ChangePasswordForm } from '../components/ChangePasswordForm.js';
import { CreateApiKeyForm } from '../components/CreateApiKeyForm.js';
import { ProfileForm } from '../components/ProfileForm.js';
import { SessionsTable } from '../components/SessionsTable.js';
import { useSession } from '../session.js';
import { ROLE_LABELS } from '../types.js';

/** Your account: your profile, the calendars Convene reads, your password, where you are signed in, and your API keys. */
export function AccountPage() {
  const { user } = useSession();
  return (
    <Stack>
      <Title order={2}>Your account</Title>
      <Text size="sm" c="dimmed">
        {user.name} · {user.email} · {ROLE_LABELS[user.role]}
      </Text>
      <Title order={3}>Profile</Title>
      <ProfileForm />
      <Title order={3}>Calendars</Title>
      <CalendarsSection />
      <Title order={3}>Password</Title>
      <ChangePasswordForm />
      <Title order={3}>Where you are signed in</Title>
      <SessionsTable userId={user.id} label="Your sessions" />
      <Title order={3}>API keys</Title>
      <Text size="sm" c="dimmed">
        Integrations send a key as <code>Authorization: Bearer cvn_…</code> and act as you.
      </Text>
      {user.role !== 'interviewer' && <CreateApiKeyForm />}
      <ApiKeysTable userId={user.id} label="Your API keys" />
    </Stack>
  );
}
