import { Anchor, Skeleton, Table, Text } from '@mantine/core';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatWhen } from '../format.js';
import { candidateName, interviewerNames } from '../interview-facts.js';
import { useSession } from '../session.js';
import type { Interview } from '../types.js';
import { InterviewActionsMenu } from './InterviewActionsMenu.js';
import { ListTable } from './ListTable.js';
import { StatusBadge } from './StatusBadge.js';

interface Props {
  interviews: Interview[] | undefined;
  onSendInvites(interview: Interview): void;
  onReschedule(interview: Interview): void;
  onCancel(interview: Interview): void;
}

/** The Manage Interviews table; a row opens its details, the candidate link is the keyboard way. */
export function InterviewsTable({ interviews, ...actions }: Props) {
  const { user } = useSession();
  const navigate = useNavigate();
  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    const target = event.target as HTMLElement;
    // Clicks on the row's own controls, or inside its menu (a portal), are theirs.
    if (!event.currentTarget.contains(target) || target.closest('a, button, [role="menu"]')) return;
    navigate(`/interviews/${id}`);
  };
  return (
    <Table.ScrollContainer minWidth={760}>
      <ListTable
        highlightOnHover
        verticalSpacing="sm"
        aria-label="Interviews"
        columns={['Candidate', 'Interview', `When (${user.timeZone})`, 'Interviewers', 'Status']}
      >
        {interviews
          ? interviews.map((interview) => (
              <Table.Tr
                key={interview.id}
                onClick={(e) => openRow(e, interview.id)}
                style={{ cursor: 'pointer' }}
              >
                <Table.Td>
                  <Anchor component={Link} to={`/interviews/${interview.id}`} fw={500}>
                    {candidateName(interview)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{interview.title}</Text>
                  {interview.jobTitle && (
                    <Text size="xs" c="dimmed">
                      {interview.jobTitle}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatWhen(interview.startsAt, user.timeZone)}</Table.Td>
                <Table.Td>{interviewerNames(interview)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={interview.status} />
                </Table.Td>
                <Table.Td ta="right">
                  <InterviewActionsMenu interview={interview} {...actions} />
                </Table.Td>
              </Table.Tr>
            ))
          : [1, 2, 3, 4, 5].map((n) => (
              <Table.Tr key={n} aria-hidden="true">
                {[1, 2, 3, 4, 5, 6].map((c) => (
                  <Table.Td key={c}>
                    <Skeleton height={14} radius="sm" />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
      </ListTable>
    </Table.ScrollContainer>
  );
}
