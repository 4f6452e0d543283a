import { Badge, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { describeAgent, useRevoke } from '../access.js';
import { formatWhen } from '../format.js';
import { accessQueries, keys } from '../queries.js';
import { useSession } from '../session.js';
import { QueryTable, RowAction } from './ListTable.js';

// A phone keeps each session in two columns: where and when under the browser, then its action.
const COLUMNS = [
  'Browser',
  { label: 'Address', visibleFrom: 'sm' },
  { label: 'Signed in', visibleFrom: 'sm' },
  { label: 'Expires', visibleFrom: 'sm' },
] as const;

/** A user's open sessions, each with Revoke; the current one is marked and kept. */
export function SessionsTable({ userId, label }: { userId: string; label: string }) {
  const { user } = useSession();
  const sessions = useQuery(accessQueries.sessions(userId));
  const revoke = useRevoke('/sessions', keys.sessions, 'Session ended');
  const when = (iso: string) => formatWhen(iso, user.timeZone);
  return (
    <QueryTable
      query={sessions}
      empty="Not signed in anywhere."
      aria-label={label}
      columns={[...COLUMNS]}
    >
      {(items) =>
        items.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>
              <Stack gap={0}>
                <Text size="sm">{describeAgent(s.userAgent)}</Text>
                <Text size="xs" hiddenFrom="sm">
                  {s.clientAddress ?? '—'} · signed in {when(s.createdAt)} · expires{' '}
                  {when(s.expiresAt)}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td visibleFrom="sm">{s.clientAddress ?? '—'}</Table.Td>
            <Table.Td visibleFrom="sm">{when(s.createdAt)}</Table.Td>
            <Table.Td visibleFrom="sm">{when(s.expiresAt)}</Table.Td>
            <Table.Td>
              {s.current ? (
                <Badge variant="light" color="green" style={{ minWidth: 'max-content' }}>
                  This browser
                </Badge>
              ) : (
                <RowAction
                  danger
                  label={`End session: ${describeAgent(s.userAgent)}, signed in ${when(s.createdAt)}`}
                  loading={revoke.isPending && revoke.variables === s.id}
                  onClick={() => revoke.mutate(s.id)}
                >
                  End session
                </RowAction>
              )}
            </Table.Td>
          </Table.Tr>
        ))
      }
    </QueryTable>
  );
}
