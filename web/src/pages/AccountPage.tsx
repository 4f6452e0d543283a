import { Stack, Text, Title } from '@mantine/core';
import { ApiKeysTable } from '../components/ApiKeysTable.js';
import { CalendarsSection } from '../components/CalendarsSection.js';
import { ChangePasswordForm } from '../components/ChangePasswordForm.js';
import { CreateApiKeyForm } from '../components/CreateApiKeyForm.js';
import { ProfileForm } from '../components/ProfileForm.js';
import { SessionsTable } from '../components/SessionsTable.js';
import { account } from '../i18n/en/account.js';
import { people } from '../i18n/en/people.js';
import { useText } from '../i18n/text.js';
import { useSession } from '../session.js';
import { ROLE_KEYS } from '../types.js';

/** Your account: your profile, the calendars Convene reads, your password, where you are signed in, and your API keys. */
export function AccountPage() {
  const t = useText(account);
  const peopleText = useText(people);
  const { user } = useSession();
  return (
    <Stack>
      <Title order={2}>{t('page.title')}</Title>
      <Text size="sm" c="dimmed">
        {user.name} · {user.email} · {peopleText(ROLE_KEYS[user.role])}
      </Text>
      <Title order={3}>{t('page.profile')}</Title>
      <ProfileForm />
      <Title order={3}>{t('page.calendars')}</Title>
      <CalendarsSection />
      <Title order={3}>{t('page.password')}</Title>
      <ChangePasswordForm />
      <Title order={3}>{t('page.sessions')}</Title>
      <SessionsTable userId={user.id} label={t('page.yourSessions')} />
      <Title order={3}>{t('page.keys')}</Title>
      <Text size="sm" c="dimmed">
        {t.rich('page.keysAbout', { code: (chunks) => <code>{chunks}</code> })}
      </Text>
      {user.role !== 'interviewer' && <CreateApiKeyForm />}
      <ApiKeysTable userId={user.id} label={t('page.yourKeys')} />
    </Stack>
  );
}
