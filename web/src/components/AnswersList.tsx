import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
} from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatWhen } from '../format.js';
import { admin } from '../i18n/en/admin.js';
import { useText } from '../i18n/text.js';
import { answerQueries } from '../queries.js';
import { useSession } from '../session.js';
import { ANSWER_LOOKS, type Answer } from '../types.js';

/**
 * Participants' answers across the interviews the user may see, newest first: who answered
 * what, on which interview (a link to it), and when, in the user's zone.
 */
export function AnswersList({ declinesOnly }: { declinesOnly: boolean }) {
  const t = useText(admin);
  const list = useInfiniteQuery({
    ...answerQueries.list(declinesOnly ? { answer: 'declined' } : {}),
    refetchInterval: 30_000,
  });
  const answers = list.data?.pages.flatMap((p) => p.items);
  if (list.isError) {
    return (
      <Alert color="red" role="alert" title={t('answers.loadError')}>
        <Group justify="space-between">
          <Text size="sm">{list.error.message}</Text>
          <Button size="xs" variant="light" color="red" onClick={() => void list.refetch()}>
            {t('answers.retry')}
          </Button>
        </Group>
      </Alert>
    );
  }
  if (!answers) {
    return (
      <Center p="xl">
        <Loader aria-label={t('answers.loading')} />
      </Center>
    );
  }
  if (answers.length === 0) {
    return (
      <Paper withBorder p="xl">
        <Text ta="center" c="dimmed">
          {t(declinesOnly ? 'answers.noDeclines' : 'answers.none')}
        </Text>
      </Paper>
    );
  }
  return (
    <Stack gap="xs">
      <Stack
        component="ul"
        gap="xs"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('answers.label')}
      >
        {answers.map((answer) => (
          <AnswerItem key={answer.id} answer={answer} />
        ))}
      </Stack>
      {list.hasNextPage && (
        <Center>
          <Button
            variant="default"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {t('answers.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}

function AnswerItem({ answer }: { answer: Answer }) {
  const t = useText(admin);
  const { user } = useSession();
  const shown = ANSWER_LOOKS[answer.answer];
  const who = answer.participant.name ?? t('answers.someone');
  const role = t(
    answer.participant.role === 'candidate' ? 'answers.candidate' : 'answers.interviewer',
  );
  return (
    <Paper component="li" withBorder p="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Group gap="xs" wrap="wrap">
            <Badge color={shown.color} variant="light">
              {t(shown.key)}
            </Badge>
            <Text fw={500}>{who}</Text>
            {answer.participant.role && (
              <Text size="sm" c="dimmed">
                {role}
              </Text>
            )}
          </Group>
          <Text size="sm">
            <Anchor component={Link} to={`/interviews/${answer.interviewId}`}>
              {answer.interviewTitle}
            </Anchor>{' '}
            <Text span size="sm" c="dimmed">
              · {formatWhen(answer.startsAt, user.timeZone)}
            </Text>
          </Text>
          {answer.comment && (
            <Text size="sm">{t('answers.comment', { comment: answer.comment })}</Text>
          )}
        </Stack>
        <Text size="xs" c="dimmed">
          <time dateTime={answer.at}>{formatWhen(answer.at, user.timeZone)}</time>
          {answer.via === 'calendar' ? t('answers.fromCalendar') : ''}
        </Text>
      </Group>
    </Paper>
  );
}
