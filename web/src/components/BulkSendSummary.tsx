import { Alert, List, Text } from '@mantine/core';
import { skipReason } from '../bulk-invites.js';
import { invites as words } from '../i18n/en/invites.js';
import { useText } from '../i18n/text.js';
import { candidateName } from '../interview-facts.js';
import type { BulkSendResult, Interview } from '../types.js';

interface Props {
  /** Every interview the send was for, in the order chosen. */
  interviews: Interview[];
  result: BulkSendResult;
  /** True when it ended before trying them all (Cancel, or a refused request). */
  stopped: boolean;
}

/** After a bulk Send Invites: how many were sent, and each one skipped with why. */
export function BulkSendSummary({ interviews, result, stopped }: Props) {
  const t = useText(words);
  const byId = new Map(interviews.map((i) => [i.id, i]));
  const tried = result.sent.length + result.failed.length;
  const untried = interviews.length - tried;
  const name = (id: string) => {
    const interview = byId.get(id);
    return interview
      ? `${candidateName(interview)} – ${interview.title}`
      : t('summary.anInterview');
  };
  return (
    <Alert
      color={result.failed.length > 0 || untried > 0 ? 'yellow' : 'green'}
      title={t('summary.title', {
        sent: result.sent.length,
        skipped: result.failed.length,
        untried,
      })}
      role="status"
    >
      {result.failed.length > 0 && (
        <List size="sm" aria-label={t('summary.skipped')}>
          {result.failed.map((skip) => (
            <List.Item key={skip.interviewId}>
              {name(skip.interviewId)}: {skipReason(skip.error, t)}
            </List.Item>
          ))}
        </List>
      )}
      {stopped && untried > 0 && (
        <Text size="sm" mt={result.failed.length > 0 ? 'xs' : 0}>
          {t('summary.stopped', { untried })}
        </Text>
      )}
      {result.failed.length === 0 && untried === 0 && <Text size="sm">{t('summary.allSent')}</Text>}
    </Alert>
  );
}
