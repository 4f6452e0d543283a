import { Alert, Group, Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { interviewForm } from '../i18n/en/interview-form.js';
import { useText } from '../i18n/text.js';
import { availabilityQueries } from '../queries.js';

// The candidate's page offers times on the half hour, at least an hour ahead
// (SCHEDULING_STEP_MINUTES and SCHEDULING_NOTICE_MINUTES on the server): counted the same way.
const STEP_MINUTES = 30;
const NOTICE_MINUTES = 60;
// The slot finder answers at most this many.
const MOST = 500;

interface Props {
  interviewerIds: string[];
  durationMinutes: number;
  /** The window as UTC instants; null while its days are incomplete. */
  window: { from: string; to: string } | null;
}

/**
 * "12 free times in this window": how many times the candidate's page would offer now, read
 * from the same slot finder; a warning when there are none.
 */
export function FreeTimesPreview({ interviewerIds, durationMinutes, window }: Props) {
  const t = useText(interviewForm);
  const ready =
    window !== null &&
    interviewerIds.length > 0 &&
    Number.isInteger(durationMinutes) &&
    durationMinutes >= 5 &&
    durationMinutes <= 480;
  const slots = useQuery({
    ...availabilityQueries.slots(
      {
        interviewerIds,
        durationMinutes,
        from: window?.from ?? '',
        to: window?.to ?? '',
        minNoticeMinutes: NOTICE_MINUTES,
        stepMinutes: STEP_MINUTES,
      },
      ready,
    ),
    retry: false,
  });
  const count = slots.data?.slots.length;
  return (
    <div aria-live="polite">
      {!ready ? (
        <Text size="sm" c="dimmed">
          {t('free.notReady')}
        </Text>
      ) : slots.isError ? (
        <Text size="sm" c="dimmed">
          {t('free.error', { error: slots.error.message })}
        </Text>
      ) : count === undefined || slots.isPlaceholderData ? (
        <Group gap="xs">
          <Loader size="xs" aria-hidden="true" />
          <Text size="sm" c="dimmed">
            {t('free.counting')}
          </Text>
        </Group>
      ) : count === 0 ? (
        <Alert color="yellow" title={t('free.noneTitle')}>
          {t('free.none')}
        </Alert>
      ) : (
        <Text size="sm">
          {count >= MOST ? t('free.many', { most: MOST }) : t('free.count', { count })}
        </Text>
      )}
    </div>
  );
}
