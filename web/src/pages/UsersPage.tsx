import {
  Alert,
  Center,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AddUserForm } from '../components/AddUserForm.js';
import { CursorPager, useCursorPages } from '../components/CursorPager.js';
import { ResetPasswordModal } from '../components/ResetPasswordModal.js';
import { UserAccessModal } from '../components/UserAccessModal.js';
import { UsersTable } from '../components/UsersTable.js';
import { userQueries } from '../queries.js';
import { useSession } from '../session.js';
import type { User } from '../types.js';

/** Users (admins): add people, change roles, deactivate, set passwords, revoke access. */
export function UsersPage() {
  const { user } = useSession();
  const paging = useCursorPages();
  const [q, setQ] = useState('');
  const [state, setState] = useState('all');
  const [resetting, setResetting] = useState<User | null>(null);
  const [showing, setShowing] = useState<User | null>(null);
  const active = state === 'all' ? undefined : state === 'active';
  const users = useQuery({
    ...userQueries.list({ q, active, cursor: paging.cursor, limit: 25 }),
    enabled: user.role === 'admin',
  });
  if (user.role !== 'admin') return <Alert color="yellow">Only admins manage users.</Alert>;
  return (
    <Stack>
      <Title order={2}>Users</Title>
      <Text size="sm" c="dimmed">
        Deactivating a user signs them out everywhere and revokes their API keys at once; their
        interviews stay.
      </Text>
      <AddUserForm />
      <Group>
        <TextInput
          label="Search users"
          placeholder="Name or email"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            paging.reset();
          }}
        />
        <SegmentedControl
          aria-label="Show users"
          value={state}
          onChange={(value) => {
            setState(value);
            paging.reset();
          }}
          data={[
            { value: 'all', label: 'All' },
            { value: 'active', label: 'Active' },
            { value: 'deactivated', label: 'Deactivated' },
          ]}
        />
      </Group>
      {users.isPending && (
        <Center>
          <Loader aria-label="Loading users" />
        </Center>
      )}
      {users.error && (
        <Alert color="red" role="alert">
          {users.error.message}
        </Alert>
      )}
      {users.data && (
        <UsersTable
          users={users.data.items}
          onResetPassword={setResetting}
          onShowAccess={setShowing}
        />
      )}
      <CursorPager paging={paging} nextCursor={users.data?.nextCursor} label="Users" />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <UserAccessModal user={showing} onClose={() => setShowing(null)} />
    </Stack>
  );
}
