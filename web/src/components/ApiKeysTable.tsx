import { Alert, Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { accessKeys } from '../access-queries.js';
import { api, query } from '../api.js';
import { formatWhen } from '../format.js';
import { useSession } from '../session.js';
import type { ApiKey, Page } from '../types.js';

function keyState(key: ApiKey): { label: string; color: string } {
  if (key.revokedAt) return { label: 'Revoked', color: 'gray' };
  if (key.expiresAt && key.expiresAt <= new Date().toISOString()) {
    return { label: 'Expired', color: 'orange' };
  }
  return { label: 'Active', color: 'green' };
}

/** A user's API keys (secrets are never shown again), each with Revoke while it works. */
export function ApiKeysTable({ userId, label }: { userId: string; label: string }) {
  const client = useQueryClient();
  const timeZone = useSession().user.timeZone;
  const keys = useQuery({
    queryKey: accessKeys.apiKeys(userId),
    queryFn: () => api<Page<ApiKey>>('GET', `/api-keys${query({ userId, limit: 100 })}`),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api('DELETE', `/api-keys/${id}`),
    onSuccess: () => {
      notifications.show({ color: 'green', message: 'API key revoked' });
      void client.invalidateQueries({ queryKey: accessKeys.apiKeys(userId) });
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  });
  if (keys.error) {
    return (
      <Alert color="red" role="alert">
        {keys.error.message}
      </Alert>
    );
  }
  const items = keys.data?.items ?? [];
  if (keys.data && items.length === 0) return <Text c="dimmed">No API keys.</Text>;
  const when = (iso: string | null, none: string) => (iso ? formatWhen(iso, timeZone) : none);
  return (
    <Table aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          <Table.Th>Key</Table.Th>
          <Table.Th>State</Table.Th>
          <Table.Th>Created</Table.Th>
          <Table.Th>Last used</Table.Th>
          <Table.Th>Expires</Table.Th>
          <Table.Th>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((key) => {
          const state = keyState(key);
          return (
            <Table.Tr key={key.id}>
              <Table.Td>{key.name}</Table.Td>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {key.prefix}…
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={state.color}>
                  {state.label}
                </Badge>
              </Table.Td>
              <Table.Td>{when(key.createdAt, '—')}</Table.Td>
              <Table.Td>{when(key.lastUsedAt, 'Never')}</Table.Td>
              <Table.Td>{when(key.expiresAt, 'Never')}</Table.Td>
              <Table.Td>
                {state.label === 'Active' && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    loading={revoke.isPending && revoke.variables === key.id}
                    onClick={() => revoke.mutate(key.id)}
                    aria-label={`Revoke API key ${key.name}`}
                  >
                    Revoke
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
