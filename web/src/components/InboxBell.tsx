import { ActionIcon, Indicator } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { shell } from '../i18n/en/shell.js';
import { useText } from '../i18n/text.js';
import { useInboxSeen } from '../inbox-seen.js';
import { answerQueries } from '../queries.js';
import { useSession } from '../session.js';

/** The header's bell: opens the inbox, with the number of answers since it was last opened. */
export function InboxBell() {
  const t = useText(shell);
  const { user } = useSession();
  const { since } = useInboxSeen(user.id);
  const unseen = useQuery(answerQueries.since(since));
  const count = unseen.data?.count ?? 0;
  return (
    <Indicator
      label={count > 99 ? t('inbox.overflow') : count}
      size={18}
      color="red"
      disabled={count === 0}
      offset={4}
    >
      <ActionIcon
        component={Link}
        to="/inbox"
        variant="subtle"
        color="gray"
        size="lg"
        aria-label={t('inbox.label', { count })}
      >
        <Bell />
      </ActionIcon>
    </Indicator>
  );
}

function Bell() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
