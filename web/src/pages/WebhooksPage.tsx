import { Alert, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { AddWebhookForm } from '../components/AddWebhookForm.js';
import { WebhookCard } from '../components/WebhookCard.js';
import { webhookQueries } from '../queries.js';
import { useSession } from '../session.js';

/** Webhooks (admins): subscribe an ATS URL to events, see each delivery, send a test event. */
export function WebhooksPage() {
  const { user } = useSession();
  const list = useQuery(webhookQueries.list);
  if (user.role !== 'admin') {
    return <Alert color="yellow">Only admins manage webhooks.</Alert>;
  }
  return (
    <Stack>
      <Title order={2}>Webhooks</Title>
      <Text size="sm" c="dimmed">
        Convene POSTs each chosen event to your URL, signed per Standard Webhooks, and retries until
        it answers 2xx.
      </Text>
      <AddWebhookForm />
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
