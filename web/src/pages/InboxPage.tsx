import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { AnswersList } from '../components/AnswersList.js';
import { admin } from '../i18n/en/admin.js';
import { useText } from '../i18n/text.js';
import { useInboxSeen } from '../inbox-seen.js';
import { answerQueries } from '../queries.js';
import { useSession } from '../session.js';

/** The inbox: recent answers and declines; opening it clears the bell's count. */
export function InboxPage() {
  const t = useText(admin);
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const declinesOnly = params.get('answer') === 'declined';
  const { since, markSeen } = useInboxSeen(user.id);
  // The bell's own read: its newest answer is what the user now has seen.
  const unseen = useQuery(answerQueries.since(since));
  const newest = unseen.data?.newest;
  useEffect(() => {
    if (newest) markSeen(newest);
  }, [newest, markSeen]);

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>{t('inbox.title')}</Title>
        <SegmentedControl
          aria-label={t('inbox.show')}
          value={declinesOnly ? 'declined' : 'all'}
          onChange={(value) => setParams(value === 'declined' ? { answer: 'declined' } : {})}
          data={[
            { value: 'all', label: t('inbox.all') },
            { value: 'declined', label: t('inbox.declines') },
          ]}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t(user.role === 'interviewer' ? 'inbox.aboutYours' : 'inbox.about')}
      </Text>
      <AnswersList declinesOnly={declinesOnly} />
    </Stack>
  );
}
