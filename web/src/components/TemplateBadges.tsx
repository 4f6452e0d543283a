import { Badge } from '@mantine/core';

/** Whether a template carries the Interview Link, and so is offered in Send Invites. */
export function InvitableBadge({ invitable }: { invitable: boolean }) {
  return invitable ? (
    <Badge color="green" variant="light" tt="none">
      Has Interview Link
    </Badge>
  ) : (
    <Badge color="yellow" variant="light" tt="none">
      No Interview Link — not offered in Send Invites
    </Badge>
  );
}
