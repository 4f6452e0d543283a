import { Anchor, Badge, Skeleton, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api.js';
import { formatDuration } from '../format.js';
import type { MessageKey } from '../i18n/catalog.js';
import { scheduling as words } from '../i18n/en/scheduling.js';
import { time } from '../i18n/en/time.js';
import { useText } from '../i18n/text.js';
import { invalidate, keys } from '../queries.js';
import { formatWindow } from '../scheduling-window.js';
import { useSession } from '../session.js';
import {
  SCHEDULING_STATUS_COLORS,
  type SchedulingRequest,
  type SchedulingStatus,
} from '../types.js';
import { type Column, ListTable, RowAction } from './ListTable.js';

/** Each scheduling request status's word in the scheduling catalog ("Sent", "Booked", …). */
export const SCHEDULING_STATUS_KEYS: Record<SchedulingStatus, MessageKey<typeof words>> = {
  sent: 'status.sent',
  opened: 'status.opened',
  booked: 'status.booked',
  expired: 'status.expired',
  cancelled: 'status.cancelled',
};

/** Cancel with a confirmation first; a refusal (booked meanwhile) is said in red. */
function useCancelRequest() {
  const t = useText(words);
  const client = useQueryClient();
  const cancel = useMutation({
    mutationFn: (request: SchedulingRequest) =>
      api<SchedulingRequest>('POST', `/scheduling-requests/${request.id}/cancel`),
    onSuccess: (request) =>
      notifications.show({
        color: 'green',
        title: t('cancel.done'),
        message: t('cancel.doneText', { candidate: request.candidateName, title: request.title }),
      }),
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: t('cancel.failed'),
        message: error.message,
      }),
    onSettled: () => invalidate(client, keys.schedulingRequests),
  });
  const confirm = (request: SchedulingRequest) =>
    modals.openConfirmModal({
      title: t('cancel.title'),
      children: (
        <Text size="sm">
          {t('cancel.text', { candidate: request.candidateName, title: request.title })}
        </Text>
      ),
      labels: { confirm: t('cancel.confirm'), cancel: t('cancel.keep') },
      confirmProps: { color: 'red' },
      onConfirm: () => cancel.mutate(request),
    });
  return { confirm, cancelling: cancel.isPending ? cancel.variables?.id : undefined };
}

const open = (request: SchedulingRequest) =>
  request.status === 'sent' || request.status === 'opened';

/**
 * The Scheduling requests table: who, what, with whom, the days offered and where it stands; a
 * booked request opens its interview, an open one can be cancelled. Skeleton rows while loading.
 */
export function SchedulingRequestsTable({
  requests,
}: {
  requests: SchedulingRequest[] | undefined;
}) {
  const t = useText(words);
  const timeText = useText(time);
  const { user } = useSession();
  const { confirm, cancelling } = useCancelRequest();
  const columns: Array<string | Column> = [
    { key: 'candidate', label: t('table.candidate') },
    { key: 'title', label: t('table.interview'), visibleFrom: 'sm' },
    { key: 'interviewers', label: t('table.interviewers'), visibleFrom: 'md' },
    { key: 'window', label: t('table.days', { zone: user.timeZone }), visibleFrom: 'sm' },
    { key: 'status', label: t('table.status') },
  ];
  return (
    <Table.ScrollContainer minWidth={0}>
      <ListTable
        verticalSpacing="sm"
        aria-label={t('table.label')}
        aria-busy={!requests}
        columns={columns}
      >
        {requests
          ? requests.map((request) => (
              <Table.Tr key={request.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {request.candidateName}
                  </Text>
                  <Text size="xs" c="dimmed" hiddenFrom="sm">
                    {request.title} · {formatWindow(request.from, request.to, user.timeZone)}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">{request.title}</Text>
                  <Text size="xs" c="dimmed">
                    {formatDuration(request.durationMinutes, timeText)}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="md">{request.interviewerNames.join(', ')}</Table.Td>
                <Table.Td visibleFrom="sm">
                  {formatWindow(request.from, request.to, user.timeZone)}
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={SCHEDULING_STATUS_COLORS[request.status]}
                    variant="light"
                    style={{ minWidth: 'max-content' }}
                  >
                    {t(SCHEDULING_STATUS_KEYS[request.status])}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  {request.interviewId ? (
                    <Anchor
                      component={Link}
                      to={`/interviews/${request.interviewId}`}
                      size="sm"
                      aria-label={t('table.openLabel', { candidate: request.candidateName })}
                    >
                      {t('table.open')}
                    </Anchor>
                  ) : (
                    open(request) && (
                      <RowAction
                        danger
                        label={t('table.cancelLabel', { candidate: request.candidateName })}
                        loading={cancelling === request.id}
                        onClick={() => confirm(request)}
                      >
                        {t('table.cancel')}
                      </RowAction>
                    )
                  )}
                </Table.Td>
              </Table.Tr>
            ))
          : [1, 2, 3].map((n) => (
              <Table.Tr key={n} aria-hidden="true">
                {[...columns, 'Actions'].map((column) => (
                  <Table.Td
                    key={typeof column === 'string' ? column : column.key}
                    visibleFrom={typeof column === 'string' ? undefined : column.visibleFrom}
                  >
                    <Skeleton height={14} radius="sm" />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
      </ListTable>
    </Table.ScrollContainer>
  );
}
