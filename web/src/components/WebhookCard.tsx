import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { formatWhen } from '../format.js';
import { invalidate, keys, webhookQueries } from '../queries.js';
import { useSession } from '../session.js';
import type { Webhook, WebhookDelivery } from '../types.js';

const STATE_COLOR: Record<WebhookDelivery['state'], string> = {
  queued: 'gray',
  sending: 'blue',
  delivered: 'green',
  failed: 'red',
};

/** One subscription: its events, test / pause / delete, and its latest deliveries. */
export function WebhookCard({ hook }: { hook: Webhook }) {
  const client = useQueryClient();
  const timeZone = useSession().user.timeZone;
  const deliveries = useQuery({ ...webhookQueries.deliveries(hook.id), refetchInterval: 3000 });
  const refresh = () => void invalidate(client, keys.webhooks);
  const test = useMutation({
    mutationFn: () => api('POST', `/webhooks/${hook.id}/test`),
    onSuccess: refresh,
  });
  const toggle = useMutation({
    mutationFn: () => api('PATCH', `/webhooks/${hook.id}`, { active: !hook.active }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: () => api('DELETE', `/webhooks/${hook.id}`),
    onSuccess: refresh,
  });
  return (
    <Card withBorder aria-label={`Webhook ${hook.url}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} style={{ wordBreak: 'break-all' }}>
            {hook.url}
          </Text>
          <Badge variant="light" color={hook.active ? 'green' : 'gray'}>
            {hook.active ? 'Active' : 'Paused'}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {hook.events.join(', ')}
        </Text>
        <Group>
          <Button size="xs" variant="light" loading={test.isPending} onClick={() => test.mutate()}>
            Send test event
          </Button>
          <Button size="xs" variant="default" onClick={() => toggle.mutate()}>
            {hook.active ? 'Pause' : 'Resume'}
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate()}>
            Delete
          </Button>
        </Group>
        {deliveries.data && deliveries.data.items.length > 0 ? (
          <Table aria-label={`Deliveries to ${hook.url}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Event</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Attempts</Table.Th>
                <Table.Th>Last answer</Table.Th>
                <Table.Th>Queued</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.event}</Table.Td>
                  <Table.Td>
                    <Badge color={STATE_COLOR[d.state]} variant="light">
                      {d.state}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{d.attempts}</Table.Td>
                  <Table.Td>
                    {d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : '—')}
                  </Table.Td>
                  <Table.Td>{formatWhen(d.createdAt, timeZone)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            No deliveries yet.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
