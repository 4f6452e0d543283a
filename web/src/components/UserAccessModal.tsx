import { Modal, Stack, Title } from '@mantine/core';
import { people } from '../i18n/en/people.js';
import { useText } from '../i18n/text.js';
import type { User } from '../types.js';
import { ApiKeysTable } from './ApiKeysTable.js';
import { SessionsTable } from './SessionsTable.js';

/** An admin's view of one user's sessions and API keys, each revocable. */
export function UserAccessModal({ user, onClose }: { user: User | null; onClose(): void }) {
  const t = useText(people);
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={t('access.title', { name: user?.name ?? '' })}
      size="xl"
    >
      {user && (
        <Stack>
          <Title order={3} size="h4">
            {t('access.sessions')}
          </Title>
          <SessionsTable userId={user.id} label={t('access.sessionsOf', { name: user.name })} />
          <Title order={3} size="h4">
            {t('access.keys')}
          </Title>
          <ApiKeysTable userId={user.id} label={t('access.keysOf', { name: user.name })} />
        </Stack>
      )}
    </Modal>
  );
}
