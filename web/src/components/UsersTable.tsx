import { Badge, Group, Select, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAccess } from '../access.js';
import { api } from '../api.js';
import { invalidate, keys } from '../queries.js';
import { useSession } from '../session.js';
import { ROLE_LABELS, ROLE_OPTIONS, type Role, type User } from '../types.js';
import { ListTable, RowAction } from './ListTable.js';

interface UsersTableProps {
  users: User[];
  onResetPassword(user: User): void;
  onShowAccess(user: User): void;
}

/** Users with their role (changeable), state, and the admin's actions on each. */
export function UsersTable({ users, onResetPassword, onShowAccess }: UsersTableProps) {
  const client = useQueryClient();
  const me = useSession().user;
  const change = useMutation({
    mutationFn: ({ user, patch }: { user: User; patch: Partial<Pick<User, 'role' | 'active'>> }) =>
      api<User>('PATCH', `/users/${user.id}`, patch),
    onSuccess: (user, { patch }) => {
      const what =
        patch.active === false
          ? 'deactivated: their sessions ended and their API keys were revoked'
          : patch.active === true
            ? 'reactivated'
            : `now ${ROLE_LABELS[user.role]}`;
      notifications.show({ color: 'green', message: `${user.name} is ${what}.` });
      void invalidateAccess(client);
      // An admin who changed their own role sees the app as that role from now on.
      if (user.id === me.id) void invalidate(client, keys.session);
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  });
  const deactivate = (user: User) =>
    modals.openConfirmModal({
      title: `Deactivate ${user.name}?`,
      children: (
        <Text size="sm">
          They are signed out everywhere at once and their API keys are revoked. Interviews they are
          on stay as they are. You can reactivate them later; they then sign in again.
        </Text>
      ),
      labels: { confirm: 'Deactivate', cancel: 'Keep active' },
      confirmProps: { color: 'red' },
      onConfirm: () => change.mutate({ user, patch: { active: false } }),
    });
  return (
    <ListTable aria-label="Users" columns={['Name', 'Role', 'State']}>
      {users.map((user) => (
        <Table.Tr key={user.id}>
          <Table.Td>
            <Stack gap={0}>
              <Text size="sm" fw={500}>
                {user.name}
                {user.id === me.id ? ' (you)' : ''}
              </Text>
              <Text size="xs" c="dimmed">
                {user.email} · {user.timeZone}
              </Text>
            </Stack>
          </Table.Td>
          <Table.Td>
            <Select
              aria-label={`Role of ${user.name}`}
              size="xs"
              w={150}
              data={ROLE_OPTIONS}
              value={user.role}
              allowDeselect={false}
              onChange={(role) =>
                role && role !== user.role && change.mutate({ user, patch: { role: role as Role } })
              }
            />
          </Table.Td>
          <Table.Td>
            <Badge variant="light" color={user.active ? 'green' : 'gray'}>
              {user.active ? (user.canSignIn ? 'Active' : 'Invitee only') : 'Deactivated'}
            </Badge>
          </Table.Td>
          <Table.Td>
            <Group gap="xs" wrap="nowrap">
              {user.active ? (
                <RowAction
                  danger
                  label={`Deactivate ${user.name}`}
                  onClick={() => deactivate(user)}
                >
                  Deactivate
                </RowAction>
              ) : (
                <RowAction
                  variant="light"
                  label={`Reactivate ${user.name}`}
                  onClick={() => change.mutate({ user, patch: { active: true } })}
                >
                  Reactivate
                </RowAction>
              )}
              {user.id !== me.id && (
                <RowAction
                  variant="default"
                  label={`Set password of ${user.name}`}
                  onClick={() => onResetPassword(user)}
                >
                  Set password
                </RowAction>
              )}
              <RowAction
                variant="default"
                label={`Sessions and keys of ${user.name}`}
                onClick={() => onShowAccess(user)}
              >
                Sessions and keys
              </RowAction>
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}
