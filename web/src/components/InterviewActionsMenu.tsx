import { ActionIcon, Menu } from '@mantine/core';
import { useNavigate } from 'react-router';
import { interviews } from '../i18n/en/interviews.js';
import { useText } from '../i18n/text.js';
import { candidateName, isOpen } from '../interview-facts.js';
import { useMenuButton } from '../menu-button.js';
import type { Interview } from '../types.js';

interface Props {
  interview: Interview;
  onSendInvites(interview: Interview): void;
  onReschedule(interview: Interview): void;
  onCancel(interview: Interview): void;
}

/** A row's three dots menu: Send Invites, View details, Reschedule, Cancel. */
export function InterviewActionsMenu({ interview, onSendInvites, onReschedule, onCancel }: Props) {
  const t = useText(interviews);
  const navigate = useNavigate();
  const open = isOpen(interview);
  const button = useMenuButton();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          ref={button.ref}
          variant="subtle"
          color="gray"
          aria-label={t('actions.label', { candidate: candidateName(interview) })}
        >
          <Dots />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item disabled={!open} onClick={button.act(() => onSendInvites(interview))}>
          {t('actions.sendInvites')}
        </Menu.Item>
        <Menu.Item onClick={() => navigate(`/interviews/${interview.id}`)}>
          {t('actions.view')}
        </Menu.Item>
        <Menu.Item disabled={!open} onClick={button.act(() => onReschedule(interview))}>
          {t('actions.reschedule')}
        </Menu.Item>
        <Menu.Divider />
        {/* red.9: the default red is below AA contrast on white. */}
        <Menu.Item color="red.9" disabled={!open} onClick={button.act(() => onCancel(interview))}>
          {t('actions.cancel')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The three dots (no icon library in the bundle for one glyph). */
export function Dots() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
      <circle cx="5" cy="12" r="2" />
      <circle cx="12" cy="12" r="2" />
      <circle cx="19" cy="12" r="2" />
    </svg>
  );
}
