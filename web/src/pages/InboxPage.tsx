import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { AnswersList } from '../components/AnswersList.js';
import { useInboxSeen } from '../inbox-seen.js';
import { answerQueries } from '../queries.js';
import { useSession } from '../session.js';

/** The inbox: recent answers and declines; opening it clears the bell's count. */
export function InboxPage() {
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
        <Title order={2}>Inbox</Title>
        <SegmentedControl
          aria-label="Show"
          value={declinesOnly ? 'declined' : 'all'}
          onChange={(value) => setParams(value === 'declined' ? { answer: 'declined' } : {})}
          data={[
            { value: 'all', label: 'All answers' },
            { value: 'declined', label: 'Declines only' },
          ]}
        />
      </Group>
      <Text size="sm" c="dimmed">
        Participants’ answers to their invites, newest first
        {user.role === 'interviewer' ? ', on your interviews' : ''}.
      </Text>
      <AnswersList declinesOnly={declinesOnly} />
    </Stack>
  );
}
