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
import { EditUserModal } from '../components/EditUserModal.js';
import { ResetPasswordModal } from '../components/ResetPasswordModal.js';
import { UserAccessModal } from '../components/UserAccessModal.js';
import { UsersTable } from '../components/UsersTable.js';
import { userQueries } from '../queries.js';
import { useSession } from '../session.js';
import type { User } from '../types.js';

/**
 * People (admins): add users, edit their name, role, zone and working hours, deactivate, set
 * passwords, revoke access. Everyone edits their own profile on Your account.
 */
export function PeoplePage() {
  const { user } = useSession();
  const paging = useCursorPages();
  const [q, setQ] = useState('');
  const [state, setState] = useState('all');
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [showing, setShowing] = useState<User | null>(null);
  const active = state === 'all' ? undefined : state === 'active';
  const users = useQuery({
    ...userQueries.list({ q, active, cursor: paging.cursor, limit: 25 }),
    enabled: user.role === 'admin',
  });
  if (user.role !== 'admin') {
    return (
      <Alert color="yellow">
        Only admins manage people. Your own name, time zone and working hours are on Your account.
      </Alert>
    );
  }
  return (
    <Stack>
      <Title order={2}>People</Title>
      <Text size="sm" c="dimmed">
        Deactivating a user signs them out everywhere and revokes their API keys at once; their
        interviews stay.
      </Text>
      <AddUserForm />
      <Group>
        <TextInput
          label="Search people"
          placeholder="Name or email"
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            paging.reset();
          }}
        />
        <SegmentedControl
          aria-label="Show people"
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
          <Loader aria-label="Loading people" />
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
          onEdit={setEditing}
          onResetPassword={setResetting}
          onShowAccess={setShowing}
        />
      )}
      {users.data?.items.length === 0 && (
        <Text c="dimmed">{q.trim() ? 'Nobody matches that search.' : 'Nobody here yet.'}</Text>
      )}
      <CursorPager paging={paging} nextCursor={users.data?.nextCursor} label="People" />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <UserAccessModal user={showing} onClose={() => setShowing(null)} />
    </Stack>
  );
}
