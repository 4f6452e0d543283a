import { Badge } from '@mantine/core';
import { interviews } from '../i18n/en/interviews.js';
import { useText } from '../i18n/text.js';
import { type InterviewStatus, STATUS_COLORS, STATUS_KEYS } from '../types.js';

/** "Created", "Invites Sent", "Interview Scheduled", … in the status's colour. */
export function StatusBadge({ status, size }: { status: InterviewStatus; size?: string }) {
  const t = useText(interviews);
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" size={size}>
      {t(STATUS_KEYS[status])}
    </Badge>
  );
}
