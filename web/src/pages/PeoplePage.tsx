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
import { people } from '../i18n/en/people.js';
import { useText } from '../i18n/text.js';
import { userQueries } from '../queries.js';
import { useSession } from '../session.js';
import type { User } from '../types.js';

/**
 * People (admins): add users, edit their name, role, zone and working hours, deactivate, set
 * passwords, revoke access. Everyone edits their own profile on Your account.
 */
export function PeoplePage() {
  const t = useText(people);
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
    return <Alert color="yellow">{t('page.adminsOnly')}</Alert>;
  }
  return (
    <Stack>
      <Title order={2}>{t('page.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('page.about')}
      </Text>
      <AddUserForm />
      <Group>
        <TextInput
          label={t('page.search')}
          placeholder={t('page.searchPlaceholder')}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            paging.reset();
          }}
        />
        <SegmentedControl
          aria-label={t('page.show')}
          value={state}
          onChange={(value) => {
            setState(value);
            paging.reset();
          }}
          data={[
            { value: 'all', label: t('page.all') },
            { value: 'active', label: t('page.active') },
            { value: 'deactivated', label: t('page.deactivated') },
          ]}
        />
      </Group>
      {users.isPending && (
        <Center>
          <Loader aria-label={t('page.loading')} />
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
        <Text c="dimmed">{t(q.trim() ? 'page.noneMatching' : 'page.none')}</Text>
      )}
      <CursorPager paging={paging} nextCursor={users.data?.nextCursor} label={t('page.pager')} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <UserAccessModal user={showing} onClose={() => setShowing(null)} />
    </Stack>
  );
}
