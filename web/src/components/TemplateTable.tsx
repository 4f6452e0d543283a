import { Badge, Group, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { formatWhen } from '../format.js';
import { templates as words } from '../i18n/en/templates.js';
import { useText } from '../i18n/text.js';
import { invalidate, keys } from '../queries.js';
import { useSession } from '../session.js';
import type { Template } from '../types.js';
import { ListTable, RowAction } from './ListTable.js';
import { InvitableBadge } from './TemplateBadges.js';

/** Archive, unarchive and delete, with the toasts that say what happened. */
function useTemplateActions() {
  const t = useText(words);
  const client = useQueryClient();
  const done = (message: string, color = 'green') => {
    notifications.show({ color, message });
    void invalidate(client, keys.templates);
  };
  const fail = (error: Error) => notifications.show({ color: 'red', message: error.message });
  const archive = useMutation({
    mutationFn: (template: Template) =>
      api<Template>('PATCH', `/templates/${template.id}`, { archived: !template.archived }),
    onSuccess: (saved) =>
      done(t(saved.archived ? 'table.archivedDone' : 'table.unarchivedDone', { name: saved.name })),
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: (template: Template) =>
      api<Template | undefined>('DELETE', `/templates/${template.id}`),
    onSuccess: (kept, template) =>
      kept
        ? done(t('table.keptArchived', { name: template.name }), 'yellow')
        : done(t('table.deleted', { name: template.name })),
    onError: fail,
  });
  const confirmDelete = (template: Template) =>
    modals.openConfirmModal({
      title: t('table.deleteTitle', { name: template.name }),
      children: <Text size="sm">{t('table.deleteText')}</Text>,
      labels: { confirm: t('table.delete'), cancel: t('table.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate(template),
    });
  return { archive, confirmDelete };
}

interface TemplateTableProps {
  templates: Template[];
  onEdit(template: Template): void;
}

/** The Configure Communications list. */
export function TemplateTable({ templates, onEdit }: TemplateTableProps) {
  const t = useText(words);
  const { user } = useSession();
  const { archive, confirmDelete } = useTemplateActions();
  return (
    <Table.ScrollContainer minWidth={760}>
      <ListTable
        striped
        highlightOnHover
        columns={[
          t('table.name'),
          t('table.audience'),
          t('table.interviewLink'),
          t('table.updated'),
        ]}
      >
        {templates.map((template) => (
          <Table.Tr key={template.id}>
            <Table.Td>
              <Group gap="xs">
                <Text size="sm" fw={500}>
                  {template.name}
                </Text>
                {template.archived && (
                  <Badge color="gray" variant="outline" size="sm">
                    {t('table.archived')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              {t(template.audience === 'candidate' ? 'audience.candidate' : 'audience.interviewer')}
            </Table.Td>
            <Table.Td>
              <InvitableBadge invitable={template.invitable} />
            </Table.Td>
            <Table.Td>{formatWhen(template.updatedAt, user.timeZone)}</Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <RowAction
                  variant="light"
                  label={t('table.editLabel', { name: template.name })}
                  onClick={() => onEdit(template)}
                >
                  {t('table.edit')}
                </RowAction>
                <RowAction
                  label={t(template.archived ? 'table.unarchiveLabel' : 'table.archiveLabel', {
                    name: template.name,
                  })}
                  onClick={() => archive.mutate(template)}
                >
                  {t(template.archived ? 'table.unarchive' : 'table.archive')}
                </RowAction>
                <RowAction
                  danger
                  label={t('table.deleteLabel', { name: template.name })}
                  onClick={() => confirmDelete(template)}
                >
                  {t('table.delete')}
                </RowAction>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
    </Table.ScrollContainer>
  );
}
