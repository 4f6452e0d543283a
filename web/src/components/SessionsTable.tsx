import { Badge, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { describeAgent, useRevoke } from '../access.js';
import { formatWhen } from '../format.js';
import { account } from '../i18n/en/account.js';
import { useText } from '../i18n/text.js';
import { accessQueries, keys } from '../queries.js';
import { useSession } from '../session.js';
import { QueryTable, RowAction } from './ListTable.js';

/** A user's open sessions, each with Revoke; the current one is marked and kept. */
export function SessionsTable({ userId, label }: { userId: string; label: string }) {
  const t = useText(account);
  const { user } = useSession();
  const sessions = useQuery(accessQueries.sessions(userId));
  const revoke = useRevoke('/sessions', keys.sessions, t('sessions.ended'));
  // A phone keeps each session in two columns: where and when under the browser, then its action.
  const columns = [
    t('sessions.browser'),
    { label: t('sessions.address'), visibleFrom: 'sm' },
    { label: t('sessions.signedIn'), visibleFrom: 'sm' },
    { label: t('sessions.expires'), visibleFrom: 'sm' },
  ] as const;
  const when = (iso: string) => formatWhen(iso, user.timeZone);
  return (
    <QueryTable
      query={sessions}
      empty={t('sessions.none')}
      aria-label={label}
      columns={[...columns]}
    >
      {(items) =>
        items.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>
              <Stack gap={0}>
                <Text size="sm">{describeAgent(s.userAgent, t)}</Text>
                <Text size="xs" hiddenFrom="sm">
                  {t('sessions.summary', {
                    address: s.clientAddress ?? '—',
                    signedIn: when(s.createdAt),
                    expires: when(s.expiresAt),
                  })}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td visibleFrom="sm">{s.clientAddress ?? '—'}</Table.Td>
            <Table.Td visibleFrom="sm">{when(s.createdAt)}</Table.Td>
            <Table.Td visibleFrom="sm">{when(s.expiresAt)}</Table.Td>
            <Table.Td>
              {s.current ? (
                <Badge variant="light" color="green" style={{ minWidth: 'max-content' }}>
                  {t('sessions.current')}
                </Badge>
              ) : (
                <RowAction
                  danger
                  label={t('sessions.endLabel', {
                    agent: describeAgent(s.userAgent, t),
                    signedIn: when(s.createdAt),
                  })}
                  loading={revoke.isPending && revoke.variables === s.id}
                  onClick={() => revoke.mutate(s.id)}
                >
                  {t('sessions.end')}
                </RowAction>
              )}
            </Table.Td>
          </Table.Tr>
        ))
      }
    </QueryTable>
  );
}
