import { Badge } from '@mantine/core';
import { templates as words } from '../i18n/en/templates.js';
import { useText } from '../i18n/text.js';

/** Whether a template carries the Interview Link, and so is offered in Send Invites. */
export function InvitableBadge({ invitable }: { invitable: boolean }) {
  const t = useText(words);
  return invitable ? (
    <Badge color="green" variant="light" tt="none">
      {t('badge.invitable')}
    </Badge>
  ) : (
    <Badge color="yellow" variant="light" tt="none">
      {t('badge.notInvitable')}
    </Badge>
  );
}
