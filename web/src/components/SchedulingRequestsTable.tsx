import { Anchor, Badge, Skeleton, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api.js';
import { formatDuration } from '../format.js';
import { invalidate, keys } from '../queries.js';
import { formatWindow } from '../scheduling-window.js';
import { useSession } from '../session.js';
import { SCHEDULING_STATUS_LABELS, type SchedulingRequest } from '../types.js';
import { type Column, ListTable, RowAction } from './ListTable.js';

/** Cancel with a confirmation first; a refusal (booked meanwhile) is said in red. */
function useCancelRequest() {
  const client = useQueryClient();
  const cancel = useMutation({
    mutationFn: (request: SchedulingRequest) =>
      api<SchedulingRequest>('POST', `/scheduling-requests/${request.id}/cancel`),
    onSuccess: (request) =>
      notifications.show({
        color: 'green',
        title: 'Request cancelled',
        message: `${request.candidateName} can no longer pick a time for ${request.title}.`,
      }),
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Could not cancel the request',
        message: error.message,
      }),
    onSettled: () => invalidate(client, keys.schedulingRequests),
  });
  const confirm = (request: SchedulingRequest) =>
    modals.openConfirmModal({
      title: 'Cancel this scheduling request?',
      children: (
        <Text size="sm">
          {request.candidateName} will no longer be able to pick a time for {request.title}: their
          page will say the request was withdrawn. Nobody else is notified.
        </Text>
      ),
      labels: { confirm: 'Cancel request', cancel: 'Keep request' },
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
  const { user } = useSession();
  const { confirm, cancelling } = useCancelRequest();
  const columns: Array<string | Column> = [
    'Candidate',
    { key: 'title', label: 'Interview', visibleFrom: 'sm' },
    { key: 'interviewers', label: 'Interviewers', visibleFrom: 'md' },
    { key: 'window', label: `Days offered (${user.timeZone})`, visibleFrom: 'sm' },
    'Status',
  ];
  return (
    <Table.ScrollContainer minWidth={0}>
      <ListTable
        verticalSpacing="sm"
        aria-label="Scheduling requests"
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
                    {formatDuration(request.durationMinutes)}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="md">{request.interviewerNames.join(', ')}</Table.Td>
                <Table.Td visibleFrom="sm">
                  {formatWindow(request.from, request.to, user.timeZone)}
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={SCHEDULING_STATUS_LABELS[request.status].color}
                    variant="light"
                    style={{ minWidth: 'max-content' }}
                  >
                    {SCHEDULING_STATUS_LABELS[request.status].label}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  {request.interviewId ? (
                    <Anchor
                      component={Link}
                      to={`/interviews/${request.interviewId}`}
                      size="sm"
                      aria-label={`Open interview with ${request.candidateName}`}
                    >
                      Open interview
                    </Anchor>
                  ) : (
                    open(request) && (
                      <RowAction
                        danger
                        label={`Cancel the request to ${request.candidateName}`}
                        loading={cancelling === request.id}
                        onClick={() => confirm(request)}
                      >
                        Cancel
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
