import { ActionIcon, Badge, Group, Menu, Stack, Table, Text, useMatches } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateAccess } from '../access.js';
import { api } from '../api.js';
import { people } from '../i18n/en/people.js';
import { time } from '../i18n/en/time.js';
import { useText } from '../i18n/text.js';
import { useMenuButton } from '../menu-button.js';
import { useSession } from '../session.js';
import { ROLE_KEYS, type User } from '../types.js';
import { hoursSummary } from '../working-hours.js';
import { Dots } from './InterviewActionsMenu.js';
import { ListTable, RowAction } from './ListTable.js';

interface UsersTableProps {
  users: User[];
  onEdit(user: User): void;
  onResetPassword(user: User): void;
  onShowAccess(user: User): void;
}

/** People with their role, state, zone and hours, and the admin's actions on each. */
export function UsersTable({ users, onEdit, onResetPassword, onShowAccess }: UsersTableProps) {
  const t = useText(people);
  const timeText = useText(time);
  const client = useQueryClient();
  const me = useSession().user;
  // A phone keeps name, email, role (under the name) and state; the role's own column, the zone
  // and the hours appear from these widths up.
  const columns = [
    t('table.name'),
    { label: t('table.role'), visibleFrom: 'sm' },
    t('table.state'),
    { label: t('table.timeZone'), visibleFrom: 'sm' },
    { label: t('table.hours'), visibleFrom: 'lg' },
  ] as const;
  const setActive = useMutation({
    mutationFn: ({ user, active }: { user: User; active: boolean }) =>
      api<User>('PATCH', `/users/${user.id}`, { active }),
    onSuccess: (user, { active }) => {
      const message = t(active ? 'table.reactivated' : 'table.deactivatedDone', {
        name: user.name,
      });
      notifications.show({ color: 'green', message });
      void invalidateAccess(client);
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  });
  const deactivate = (user: User) =>
    modals.openConfirmModal({
      title: t('deactivate.title', { name: user.name }),
      children: <Text size="sm">{t('deactivate.body')}</Text>,
      labels: { confirm: t('deactivate.confirm'), cancel: t('deactivate.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => setActive.mutate({ user, active: false }),
    });
  const actionsOf = (user: User): RowActions => ({
    edit: () => onEdit(user),
    toggle: () => (user.active ? deactivate(user) : setActive.mutate({ user, active: true })),
    password: user.id === me.id ? undefined : () => onResetPassword(user),
    access: () => onShowAccess(user),
  });
  return (
    <ListTable aria-label={t('table.label')} columns={[...columns]}>
      {users.map((user) => (
        <Table.Tr key={user.id}>
          <Table.Td style={{ overflowWrap: 'anywhere' }}>
            <Stack gap={0}>
              <Text size="sm" fw={500}>
                {user.id === me.id ? t('table.you', { name: user.name }) : user.name}
              </Text>
              <Text size="xs" c="dimmed">
                {user.email}
              </Text>
              <Text size="xs" hiddenFrom="sm">
                {t(ROLE_KEYS[user.role])}
              </Text>
            </Stack>
          </Table.Td>
          <Table.Td visibleFrom="sm">
            <Text size="sm">{t(ROLE_KEYS[user.role])}</Text>
          </Table.Td>
          <Table.Td>
            <Badge
              variant="light"
              color={user.active ? 'green' : 'gray'}
              style={{ minWidth: 'max-content' }}
            >
              {t(
                user.active
                  ? user.canSignIn
                    ? 'table.active'
                    : 'table.inviteeOnly'
                  : 'table.deactivated',
              )}
            </Badge>
          </Table.Td>
          <Table.Td visibleFrom="sm">
            <Text size="sm">{user.timeZone}</Text>
          </Table.Td>
          <Table.Td visibleFrom="lg">
            <Text size="xs">{hoursSummary(user.workingHours, timeText)}</Text>
          </Table.Td>
          <Table.Td>
            <RowActionsCell user={user} actions={actionsOf(user)} />
          </Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}

interface RowActions {
  edit(): void;
  toggle(): void;
  /** Absent on your own row: your password is changed on Your account. */
  password: (() => void) | undefined;
  access(): void;
}

// Wide screens show Edit and Deactivate (or Reactivate) as buttons and the rest in the menu; a
// phone has everything in the menu, so the row keeps its name, role and state in view.
function RowActionsCell({ user, actions }: { user: User; actions: RowActions }) {
  const t = useText(people);
  const wide = useMatches({ base: false, md: true });
  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      {wide && (
        <RowAction
          variant="light"
          label={t('table.editLabel', { name: user.name })}
          onClick={actions.edit}
        >
          {t('table.edit')}
        </RowAction>
      )}
      {wide && (
        <RowAction
          danger={user.active}
          variant={user.active ? undefined : 'light'}
          label={t(user.active ? 'table.deactivateLabel' : 'table.reactivateLabel', {
            name: user.name,
          })}
          onClick={actions.toggle}
        >
          {t(user.active ? 'table.deactivate' : 'table.reactivate')}
        </RowAction>
      )}
      <RowMenu user={user} actions={actions} wide={wide} />
    </Group>
  );
}

function RowMenu({ user, actions, wide }: { user: User; actions: RowActions; wide: boolean }) {
  const t = useText(people);
  const button = useMenuButton();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          ref={button.ref}
          variant="subtle"
          color="gray"
          aria-label={t('table.more', { name: user.name })}
        >
          <Dots />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {!wide && <Menu.Item onClick={button.act(actions.edit)}>{t('table.edit')}</Menu.Item>}
        {actions.password && (
          <Menu.Item onClick={button.act(actions.password)}>{t('table.setPassword')}</Menu.Item>
        )}
        <Menu.Item onClick={button.act(actions.access)}>{t('table.access')}</Menu.Item>
        {/* A darker red than the default: the light one is below AA contrast on white. */}
        {!wide && (
          <Menu.Item color={user.active ? 'red.9' : undefined} onClick={button.act(actions.toggle)}>
            {t(user.active ? 'table.deactivate' : 'table.reactivate')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
