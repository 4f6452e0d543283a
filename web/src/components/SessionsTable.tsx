import { Alert, Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accessKeys, describeAgent } from '../access-queries.js';
import { api, query } from '../api.js';
import { formatWhen } from '../format.js';
import { useSession } from '../session.js';
import type { Page, Session } from '../types.js';

/** A user's open sessions, each with Revoke; the current one is marked and kept. */
export function SessionsTable({ userId, label }: { userId: string; label: string }) {
  const client = useQueryClient();
  const { user } = useSession();
  const sessions = useQuery({
    queryKey: accessKeys.sessions(userId),
    queryFn: () => api<Page<Session>>('GET', `/sessions${query({ userId, limit: 100 })}`),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api('DELETE', `/sessions/${id}`),
    onSuccess: () => {
      notifications.show({ color: 'green', message: 'Session ended' });
      void client.invalidateQueries({ queryKey: accessKeys.sessions(userId) });
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  });
  if (sessions.error) {
    return (
      <Alert color="red" role="alert">
        {sessions.error.message}
      </Alert>
    );
  }
  const items = sessions.data?.items ?? [];
  if (sessions.data && items.length === 0) {
    return <Text c="dimmed">Not signed in anywhere.</Text>;
  }
  return (
    <Table aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Browser</Table.Th>
          <Table.Th>Address</Table.Th>
          <Table.Th>Signed in</Table.Th>
          <Table.Th>Expires</Table.Th>
          <Table.Th>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>{describeAgent(s.userAgent)}</Table.Td>
            <Table.Td>{s.clientAddress ?? '—'}</Table.Td>
            <Table.Td>{formatWhen(s.createdAt, user.timeZone)}</Table.Td>
            <Table.Td>{formatWhen(s.expiresAt, user.timeZone)}</Table.Td>
            <Table.Td>
              {s.current ? (
                <Badge variant="light" color="green">
                  This browser
                </Badge>
              ) : (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  loading={revoke.isPending && revoke.variables === s.id}
                  onClick={() => revoke.mutate(s.id)}
                  aria-label={`End session: ${describeAgent(s.userAgent)}, signed in ${formatWhen(s.createdAt, user.timeZone)}`}
                >
                  End session
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
