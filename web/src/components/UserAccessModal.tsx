import { Modal, Stack, Title } from '@mantine/core';
import type { User } from '../types.js';
import { ApiKeysTable } from './ApiKeysTable.js';
import { SessionsTable } from './SessionsTable.js';

/** An admin's view of one user's sessions and API keys, each revocable. */
export function UserAccessModal({ user, onClose }: { user: User | null; onClose(): void }) {
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={`Access of ${user?.name ?? ''}`}
      size="xl"
    >
      {user && (
        <Stack>
          <Title order={3} size="h4">
            Sessions
          </Title>
          <SessionsTable userId={user.id} label={`Sessions of ${user.name}`} />
          <Title order={3} size="h4">
            API keys
          </Title>
          <ApiKeysTable userId={user.id} label={`API keys of ${user.name}`} />
        </Stack>
      )}
    </Modal>
  );
}
