import { Badge, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { describeAgent, useRevoke } from '../access.js';
import { formatWhen } from '../format.js';
import { accessQueries, keys } from '../queries.js';
import { useSession } from '../session.js';
import { QueryTable, RowAction } from './ListTable.js';

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
      columns={['Browser', 'Address', 'Signed in', 'Expires']}
    >
      {(items) =>
        items.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>{describeAgent(s.userAgent)}</Table.Td>
            <Table.Td>{s.clientAddress ?? '—'}</Table.Td>
            <Table.Td>{when(s.createdAt)}</Table.Td>
            <Table.Td>{when(s.expiresAt)}</Table.Td>
            <Table.Td>
              {s.current ? (
                <Badge variant="light" color="green">
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
