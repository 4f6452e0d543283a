import { Badge } from '@mantine/core';
import { type InterviewStatus, STATUS_COLORS, STATUS_LABELS } from '../types.js';

/** "Created", "Invites Sent", "Interview Scheduled", … in the status's colour. */
export function StatusBadge({ status, size }: { status: InterviewStatus; size?: string }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" size={size}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
