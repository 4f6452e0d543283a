import { Badge, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRevoke } from '../access.js';
import { formatWhen } from '../format.js';
import { account } from '../i18n/en/account.js';
import { useText } from '../i18n/text.js';
import { accessQueries, keys } from '../queries.js';
import { useSession } from '../session.js';
import type { ApiKey } from '../types.js';
import { QueryTable, RowAction } from './ListTable.js';

type KeyState = 'revoked' | 'expired' | 'active';

function keyState(key: ApiKey): KeyState {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && key.expiresAt <= new Date().toISOString()) return 'expired';
  return 'active';
}

const STATE_COLOR: Record<KeyState, string> = {
  revoked: 'gray',
  expired: 'orange',
  active: 'green',
};

/** A user's API keys (secrets are never shown again), each with Revoke while it works. */
export function ApiKeysTable({ userId, label }: { userId: string; label: string }) {
  const t = useText(account);
  const timeZone = useSession().user.timeZone;
  const keysOf = useQuery(accessQueries.apiKeys(userId));
  const revoke = useRevoke('/api-keys', keys.apiKeys, t('keys.revokedDone'));
  // A phone keeps name, state and action as columns, and shows the key's prefix and dates under
  // its name.
  const columns = [
    t('keys.name'),
    { label: t('keys.key'), visibleFrom: 'sm' },
    t('keys.state'),
    { label: t('keys.created'), visibleFrom: 'sm' },
    { label: t('keys.lastUsed'), visibleFrom: 'sm' },
    { label: t('keys.expires'), visibleFrom: 'sm' },
  ] as const;
  const stateLabel = (state: KeyState) =>
    t(state === 'revoked' ? 'keys.revoked' : state === 'expired' ? 'keys.expired' : 'keys.active');
  const when = (iso: string | null, none: string) => (iso ? formatWhen(iso, timeZone) : none);
  return (
    <QueryTable query={keysOf} empty={t('keys.none')} aria-label={label} columns={[...columns]}>
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
                    {t('keys.summary', {
                      created: when(key.createdAt, '—'),
                      lastUsed: when(key.lastUsedAt, t('keys.never')),
                      expires: when(key.expiresAt, t('keys.never')),
                    })}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Text ff="monospace" size="sm">
                  {key.prefix}…
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge
                  variant="light"
                  color={STATE_COLOR[state]}
                  style={{ minWidth: 'max-content' }}
                >
                  {stateLabel(state)}
                </Badge>
              </Table.Td>
              <Table.Td visibleFrom="sm">{when(key.createdAt, '—')}</Table.Td>
              <Table.Td visibleFrom="sm">{when(key.lastUsedAt, t('keys.neverCell'))}</Table.Td>
              <Table.Td visibleFrom="sm">{when(key.expiresAt, t('keys.neverCell'))}</Table.Td>
              <Table.Td>
                {state === 'active' && (
                  <RowAction
                    danger
                    label={t('keys.revokeLabel', { name: key.name })}
                    loading={revoke.isPending && revoke.variables === key.id}
                    onClick={() => revoke.mutate(key.id)}
                  >
                    {t('keys.revoke')}
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
