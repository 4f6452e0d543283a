import { Anchor, Box, Checkbox, Skeleton, Table, Text } from '@mantine/core';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatWhen } from '../format.js';
import { interviews as words } from '../i18n/en/interviews.js';
import { useText } from '../i18n/text.js';
import { attendanceSummary, candidateName, interviewerNames, isOpen } from '../interview-facts.js';
import { useSession } from '../session.js';
import type { Interview } from '../types.js';
import { InterviewActionsMenu } from './InterviewActionsMenu.js';
import { type Column, ListTable } from './ListTable.js';
import { StatusBadge } from './StatusBadge.js';

/** Rows chosen for Send Invites: only open interviews (not cancelled, not over) can be. */
export interface RowSelection {
  selected: ReadonlyMap<string, Interview>;
  onChange(interviews: Interview[], selected: boolean): void;
}

interface Props {
  interviews: Interview[] | undefined;
  onSendInvites(interview: Interview): void;
  onReschedule(interview: Interview): void;
  onCancel(interview: Interview): void;
  selection?: RowSelection;
}

/**
 * The Manage Interviews table; a row opens its details, the candidate link is the keyboard way.
 * On a phone the title and time move under the candidate and the interviewers are left out, so
 * candidate, time, status and attendance fit without scrolling sideways.
 */
export function InterviewsTable({ interviews, selection, ...actions }: Props) {
  const t = useText(words);
  const { user } = useSession();
  const navigate = useNavigate();
  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    const target = event.target as HTMLElement;
    // Clicks on the row's own controls, or inside its menu (a portal), are theirs.
    if (!event.currentTarget.contains(target)) return;
    if (target.closest('a, button, input, [role="menu"], [data-row-select]')) return;
    navigate(`/interviews/${id}`);
  };
  const when = (interview: Interview) => formatWhen(interview.startsAt, user.timeZone);
  const columns: Array<string | Column> = [
    ...(selection
      ? [{ key: 'select', label: <PageCheckbox {...selection} interviews={interviews} />, w: 40 }]
      : []),
    { key: 'candidate', label: t('table.candidate') },
    { key: 'title', label: t('table.interview'), visibleFrom: 'sm' },
    { key: 'when', label: t('table.when', { zone: user.timeZone }), visibleFrom: 'sm' },
    { key: 'interviewers', label: t('table.interviewers'), visibleFrom: 'md' },
    { key: 'status', label: t('table.status') },
  ];
  const visibility = (column: string | Column) =>
    typeof column === 'string' ? {} : { visibleFrom: column.visibleFrom };
  return (
    <Table.ScrollContainer minWidth={0}>
      <ListTable
        highlightOnHover
        verticalSpacing="sm"
        aria-label={t('table.label')}
        miw={{ sm: 760 }}
        columns={columns}
      >
        {interviews
          ? interviews.map((interview) => (
              <Table.Tr
                key={interview.id}
                onClick={(e) => openRow(e, interview.id)}
                style={{ cursor: 'pointer' }}
              >
                {selection && (
                  <Table.Td data-row-select>
                    <Checkbox
                      // md: a 24px box, as it has no label to click instead (WCAG 2.5.8).
                      size="md"
                      aria-label={t('table.select', {
                        candidate: candidateName(interview),
                        title: interview.title,
                      })}
                      checked={selection.selected.has(interview.id)}
                      disabled={!isOpen(interview)}
                      onChange={(e) => selection.onChange([interview], e.currentTarget.checked)}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  <Anchor component={Link} to={`/interviews/${interview.id}`} fw={500}>
                    {candidateName(interview)}
                  </Anchor>
                  <Text size="xs" c="dimmed" hiddenFrom="sm">
                    {interview.title} · {when(interview)}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">{interview.title}</Text>
                  {interview.jobTitle && (
                    <Text size="xs" c="dimmed">
                      {interview.jobTitle}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td visibleFrom="sm">{when(interview)}</Table.Td>
                <Table.Td visibleFrom="md">{interviewerNames(interview)}</Table.Td>
                <Table.Td>
                  {/* The badge would shrink to an ellipsis first: the other cells wrap instead. */}
                  <Box style={{ minWidth: 'max-content' }}>
                    <StatusBadge status={interview.status} />
                  </Box>
                  <Text size="xs" c="dimmed" mt={4}>
                    {attendanceSummary(interview, t)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <InterviewActionsMenu interview={interview} {...actions} />
                </Table.Td>
              </Table.Tr>
            ))
          : [1, 2, 3, 4, 5].map((n) => (
              <Table.Tr key={n} aria-hidden="true">
                {[...columns, 'Actions'].map((column) => (
                  <Table.Td
                    key={typeof column === 'string' ? column : column.key}
                    {...visibility(column)}
                  >
                    <Skeleton height={14} radius="sm" />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
      </ListTable>
    </Table.ScrollContainer>
  );
}

/** "Select all on this page": the open interviews listed; indeterminate when some are chosen. */
function PageCheckbox({
  interviews,
  selected,
  onChange,
}: RowSelection & { interviews?: Interview[] | undefined }) {
  const t = useText(words);
  const open = (interviews ?? []).filter(isOpen);
  const chosen = open.filter((i) => selected.has(i.id)).length;
  const all = open.length > 0 && chosen === open.length;
  return (
    <Checkbox
      size="md"
      aria-label={t('table.selectPage')}
      checked={all}
      indeterminate={chosen > 0 && !all}
      disabled={open.length === 0}
      onChange={() => onChange(open, !all)}
    />
  );
}
