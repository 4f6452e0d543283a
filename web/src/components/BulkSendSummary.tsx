import { Alert, List, Text } from '@mantine/core';
import { skipReason } from '../bulk-invites.js';
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
  const byId = new Map(interviews.map((i) => [i.id, i]));
  const tried = result.sent.length + result.failed.length;
  const untried = interviews.length - tried;
  const name = (id: string) => {
    const interview = byId.get(id);
    return interview ? `${candidateName(interview)} – ${interview.title}` : 'An interview';
  };
  const parts = [
    `${result.sent.length} sent`,
    result.failed.length > 0 && `${result.failed.length} skipped`,
    untried > 0 && `${untried} not sent`,
  ].filter(Boolean);
  return (
    <Alert
      color={result.failed.length > 0 || untried > 0 ? 'yellow' : 'green'}
      title={parts.join(', ')}
      role="status"
    >
      {result.failed.length > 0 && (
        <List size="sm" aria-label="Skipped interviews">
          {result.failed.map((skip) => (
            <List.Item key={skip.interviewId}>
              {name(skip.interviewId)}: {skipReason(skip.error)}
            </List.Item>
          ))}
        </List>
      )}
      {stopped && untried > 0 && (
        <Text size="sm" mt={result.failed.length > 0 ? 'xs' : 0}>
          Sending stopped before {untried === 1 ? '1 interview' : `${untried} interviews`}: they
          keep their status, choose them again to send.
        </Text>
      )}
      {result.failed.length === 0 && untried === 0 && (
        <Text size="sm">Every participant is being sent their invite.</Text>
      )}
    </Alert>
  );
}
