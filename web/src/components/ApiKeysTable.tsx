import { Badge, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRevoke } from '../access.js';
import { formatWhen } from '../format.js';
import { accessQueries, keys } from '../queries.js';
import { useSession } from '../session.js';
import type { ApiKey } from '../types.js';
import { QueryTable, RowAction } from './ListTable.js';

function keyState(key: ApiKey): { label: string; color: string } {
  if (key.revokedAt) return { label: 'Revoked', color: 'gray' };
  if (key.expiresAt && key.expiresAt <= new Date().toISOString()) {
    return { label: 'Expired', color: 'orange' };
  }
  return { label: 'Active', color: 'green' };
}

// A phone keeps name, state and action as columns, and shows the key's prefix and dates under
// its name.
const COLUMNS = [
  'Name',
  { label: 'Key', visibleFrom: 'sm' },
  'State',
  { label: 'Created', visibleFrom: 'sm' },
  { label: 'Last used', visibleFrom: 'sm' },
  { label: 'Expires', visibleFrom: 'sm' },
] as const;

/** A user's API keys (secrets are never shown again), each with Revoke while it works. */
export function ApiKeysTable({ userId, label }: { userId: string; label: string }) {
  const timeZone = useSession().user.timeZone;
  const keysOf = useQuery(accessQueries.apiKeys(userId));
  const revoke = useRevoke('/api-keys', keys.apiKeys, 'API key revoked');
  const when = (iso: string | null, none: string) => (iso ? formatWhen(iso, timeZone) : none);
  return (
    <QueryTable query={keysOf} empty="No API keys." aria-label={label} columns={[...COLUMNS]}>
      {(items) =>
        items.map((key) => {
          const state = keyState(key);
          return (
            <Table.Tr key={key.id}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Stack gap={0}>
                  <Text size="sm">{key.name}</Text>
                  <Text size="xs" hiddenFrom="sm">
                    <Text span ff="monospace" inherit>
                      {key.prefix}…
                    </Text>{' '}
                    · created {when(key.createdAt, '—')} · last used {when(key.lastUsedAt, 'never')}{' '}
                    · expires {when(key.expiresAt, 'never')}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Text ff="monospace" size="sm">
                  {key.prefix}…
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={state.color} style={{ minWidth: 'max-content' }}>
                  {state.label}
                </Badge>
              </Table.Td>
              <Table.Td visibleFrom="sm">{when(key.createdAt, '—')}</Table.Td>
              <Table.Td visibleFrom="sm">{when(key.lastUsedAt, 'Never')}</Table.Td>
              <Table.Td visibleFrom="sm">{when(key.expiresAt, 'Never')}</Table.Td>
              <Table.Td>
                {state.label === 'Active' && (
                  <RowAction
                    danger
                    label={`Revoke API key ${key.name}`}
                    loading={revoke.isPending && revoke.variables === key.id}
                    onClick={() => revoke.mutate(key.id)}
                  >
                    Revoke
                  </RowAction>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })
      }
    </QueryTable>
  );
}
