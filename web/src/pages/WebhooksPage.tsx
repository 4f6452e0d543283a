import {
  Alert,
  Badge,
  Button,
  Card,
  Center,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import { formatWhen } from '../format.js';
import { useSession } from '../session.js';
import type { Page, Webhook, WebhookDelivery } from '../types.js';

const EVENTS = [
  ['interview.invites_sent', 'Invites sent'],
  ['participant.confirmed', 'Participant confirmed'],
  ['participant.declined', 'Participant declined'],
  ['interview.scheduled', 'Interview Scheduled'],
  ['interview.needs_attention', 'Needs attention'],
  ['interview.rescheduled', 'Rescheduled'],
  ['interview.cancelled', 'Cancelled'],
] as const;

const STATE_COLOR: Record<string, string> = {
  queued: 'gray',
  sending: 'blue',
  delivered: 'green',
  failed: 'red',
};

/** Webhooks (admins): subscribe an ATS URL to events, see each delivery, send a test event. */
export function WebhooksPage() {
  const { user } = useSession();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['webhooks'],
    queryFn: () => api<{ items: Webhook[] }>('GET', '/webhooks'),
  });
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['interview.scheduled']);
  const [secret, setSecret] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      api<Webhook & { secret: string }>('POST', '/webhooks', { url: url.trim(), events }),
    onSuccess: (created) => {
      setSecret(created.secret);
      setUrl('');
      void client.invalidateQueries({ queryKey: ['webhooks'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  if (user.role !== 'admin') {
    return <Alert color="yellow">Only admins manage webhooks.</Alert>;
  }
  const fieldError = (field: string) =>
    create.error instanceof ApiError
      ? (create.error.forField(field) ??
        create.error.issues.find((i) => i.field.startsWith(`${field}.`))?.message)
      : undefined;

  return (
    <Stack>
      <Title order={2}>Webhooks</Title>
      <Text size="sm" c="dimmed">
        Convene POSTs each chosen event to your URL, signed per Standard Webhooks, and retries until
        it answers 2xx.
      </Text>
      <Card withBorder component="form" onSubmit={submit} aria-label="Add webhook">
        <Stack>
          <TextInput
            label="URL"
            placeholder="https://ats.example.com/hooks/convene"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={fieldError('url')}
            required
          />
          <Checkbox.Group
            label="Events"
            value={events}
            onChange={setEvents}
            error={fieldError('events')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
              {EVENTS.map(([value, label]) => (
                <Checkbox key={value} value={value} label={`${label} (${value})`} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {create.error &&
            !(create.error instanceof ApiError && create.error.issues.length > 0) && (
              <Alert color="red" role="alert">
                {create.error.message}
              </Alert>
            )}
          <Group>
            <Button type="submit" loading={create.isPending} disabled={events.length === 0}>
              Add webhook
            </Button>
          </Group>
        </Stack>
      </Card>
      {secret && (
        <Alert color="green" title="Signing secret (shown only now)" role="status">
          <Group>
            <Code>{secret}</Code>
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
      {list.isPending && (
        <Center>
          <Loader aria-label="Loading webhooks" />
        </Center>
      )}
      {list.error && (
        <Alert color="red" role="alert">
          {list.error.message}
        </Alert>
      )}
      {list.data?.items.length === 0 && <Text c="dimmed">No webhooks yet.</Text>}
      {list.data?.items.map((hook) => (
        <WebhookCard key={hook.id} hook={hook} />
      ))}
    </Stack>
  );
}

function WebhookCard({ hook }: { hook: Webhook }) {
  const client = useQueryClient();
  const timeZone = useSession().user.timeZone;
  const deliveries = useQuery({
    queryKey: ['webhooks', hook.id, 'deliveries'],
    queryFn: () => api<Page<WebhookDelivery>>('GET', `/webhooks/${hook.id}/deliveries?limit=10`),
    refetchInterval: 3000,
  });
  const refresh = () => void client.invalidateQueries({ queryKey: ['webhooks'] });
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
                    <Badge color={STATE_COLOR[d.state] ?? 'gray'} variant="light">
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
