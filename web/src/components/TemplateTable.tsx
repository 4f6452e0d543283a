import { Badge, Group, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { formatWhen } from '../format.js';
import { invalidate, keys } from '../queries.js';
import { useSession } from '../session.js';
import type { Template } from '../types.js';
import { ListTable, RowAction } from './ListTable.js';
import { InvitableBadge } from './TemplateBadges.js';

/** Archive, unarchive and delete, with the toasts that say what happened. */
function useTemplateActions() {
  const client = useQueryClient();
  const done = (message: string, color = 'green') => {
    notifications.show({ color, message });
    void invalidate(client, keys.templates);
  };
  const fail = (error: Error) => notifications.show({ color: 'red', message: error.message });
  const archive = useMutation({
    mutationFn: (t: Template) =>
      api<Template>('PATCH', `/templates/${t.id}`, { archived: !t.archived }),
    onSuccess: (t) => done(`“${t.name}” ${t.archived ? 'archived' : 'unarchived'}`),
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: (t: Template) => api<Template | undefined>('DELETE', `/templates/${t.id}`),
    onSuccess: (kept, t) =>
      kept
        ? done(
            `“${t.name}” was used for invites, so it was archived instead of deleted: the sent invites keep their record.`,
            'yellow',
          )
        : done(`“${t.name}” deleted`),
    onError: fail,
  });
  const confirmDelete = (t: Template) =>
    modals.openConfirmModal({
      title: `Delete “${t.name}”?`,
      children: (
        <Text size="sm">
          A template already used for invites is archived instead, so its history stays.
        </Text>
      ),
      labels: { confirm: 'Delete', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(t),
    });
  return { archive, confirmDelete };
}

interface TemplateTableProps {
  templates: Template[];
  onEdit(template: Template): void;
}

/** The Configure Communications list. */
export function TemplateTable({ templates, onEdit }: TemplateTableProps) {
  const { user } = useSession();
  const { archive, confirmDelete } = useTemplateActions();
  return (
    <Table.ScrollContainer minWidth={760}>
      <ListTable
        striped
        highlightOnHover
        columns={['Name', 'Audience', 'Interview Link', 'Updated']}
      >
        {templates.map((t) => (
          <Table.Tr key={t.id}>
            <Table.Td>
              <Group gap="xs">
                <Text size="sm" fw={500}>
                  {t.name}
                </Text>
                {t.archived && (
                  <Badge color="gray" variant="outline" size="sm">
                    Archived
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td tt="capitalize">{t.audience}</Table.Td>
            <Table.Td>
              <InvitableBadge invitable={t.invitable} />
            </Table.Td>
            <Table.Td>{formatWhen(t.updatedAt, user.timeZone)}</Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <RowAction variant="light" label={`Edit ${t.name}`} onClick={() => onEdit(t)}>
                  Edit
                </RowAction>
                <RowAction
                  label={`${t.archived ? 'Unarchive' : 'Archive'} ${t.name}`}
                  onClick={() => archive.mutate(t)}
                >
                  {t.archived ? 'Unarchive' : 'Archive'}
                </RowAction>
                <RowAction danger label={`Delete ${t.name}`} onClick={() => confirmDelete(t)}>
                  Delete
                </RowAction>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
    </Table.ScrollContainer>
  );
}
