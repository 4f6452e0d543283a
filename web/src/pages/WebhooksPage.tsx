import { Alert, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { AddWebhookForm } from '../components/AddWebhookForm.js';
import { WebhookCard } from '../components/WebhookCard.js';
import { admin } from '../i18n/en/admin.js';
import { useText } from '../i18n/text.js';
import { webhookQueries } from '../queries.js';
import { useSession } from '../session.js';

/** Webhooks (admins): subscribe an ATS URL to events, see each delivery, send a test event. */
export function WebhooksPage() {
  const t = useText(admin);
  const { user } = useSession();
  const list = useQuery(webhookQueries.list);
  if (user.role !== 'admin') {
    return <Alert color="yellow">{t('webhooks.adminsOnly')}</Alert>;
  }
  return (
    <Stack>
      <Title order={2}>{t('webhooks.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('webhooks.about')}
      </Text>
      <AddWebhookForm />
      {list.isPending && (
        <Center>
          <Loader aria-label={t('webhooks.loading')} />
        </Center>
      )}
      {list.error && (
        <Alert color="red" role="alert">
          {list.error.message}
        </Alert>
      )}
      {list.data?.items.length === 0 && <Text c="dimmed">{t('webhooks.none')}</Text>}
      {list.data?.items.map((hook) => (
        <WebhookCard key={hook.id} hook={hook} />
      ))}
    </Stack>
  );
}
