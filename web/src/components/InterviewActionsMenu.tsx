import { ActionIcon, Menu } from '@mantine/core';
import { useNavigate } from 'react-router';
import { candidateName, isOpen } from '../interview-facts.js';
import type { Interview } from '../types.js';

interface Props {
  interview: Interview;
  onSendInvites(interview: Interview): void;
  onReschedule(interview: Interview): void;
  onCancel(interview: Interview): void;
}

/** A row's three dots menu: Send Invites, View details, Reschedule, Cancel. */
export function InterviewActionsMenu({ interview, onSendInvites, onReschedule, onCancel }: Props) {
  const navigate = useNavigate();
  const open = isOpen(interview);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Actions for ${candidateName(interview)}`}
        >
          <Dots />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item disabled={!open} onClick={() => onSendInvites(interview)}>
          Send Invites
        </Menu.Item>
        <Menu.Item onClick={() => navigate(`/interviews/${interview.id}`)}>View details</Menu.Item>
        <Menu.Item disabled={!open} onClick={() => onReschedule(interview)}>
          Reschedule
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" disabled={!open} onClick={() => onCancel(interview)}>
          Cancel
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
