import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { formatWhen } from '../format.js';
import { admin } from '../i18n/en/admin.js';
import { useText } from '../i18n/text.js';
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
  const t = useText(admin);
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
    <Card withBorder aria-label={t('webhook.label', { url: hook.url })}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} style={{ wordBreak: 'break-all' }}>
            {hook.url}
          </Text>
          <Badge variant="light" color={hook.active ? 'green' : 'gray'}>
            {t(hook.active ? 'webhook.active' : 'webhook.paused')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {hook.events.join(', ')}
        </Text>
        <Group>
          <Button size="xs" variant="light" loading={test.isPending} onClick={() => test.mutate()}>
            {t('webhook.test')}
          </Button>
          <Button size="xs" variant="default" onClick={() => toggle.mutate()}>
            {t(hook.active ? 'webhook.pause' : 'webhook.resume')}
          </Button>
          <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate()}>
            {t('webhook.delete')}
          </Button>
        </Group>
        {deliveries.data && deliveries.data.items.length > 0 ? (
          <Table aria-label={t('webhook.deliveries', { url: hook.url })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('webhook.event')}</Table.Th>
                <Table.Th>{t('webhook.state')}</Table.Th>
                <Table.Th>{t('webhook.attempts')}</Table.Th>
                <Table.Th>{t('webhook.lastAnswer')}</Table.Th>
                <Table.Th>{t('webhook.queued')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.event}</Table.Td>
                  <Table.Td>
                    <Badge color={STATE_COLOR[d.state]} variant="light">
                      {t('webhook.deliveryState', { state: d.state })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{d.attempts}</Table.Td>
                  <Table.Td>
                    {d.lastError ??
                      (d.lastStatus ? t('webhook.http', { status: String(d.lastStatus) }) : '—')}
                  </Table.Td>
                  <Table.Td>{formatWhen(d.createdAt, timeZone)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {t('webhook.noDeliveries')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
