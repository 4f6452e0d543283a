import { catalog } from '../catalog.js';

/** Manage Interviews, the first screen after sign-in: list, week, filters, selection, row menu. */
export const interviews = catalog('interviews', {
  'page.title': 'Manage Interviews',
  'page.askCandidate': 'Ask candidate to pick a time',
  'page.create': 'Create interview',
  'view.label': 'View',
  'view.list': 'List',
  'view.week': 'Week',

  'list.count': '{total, plural, one {# interview} other {# interviews}}',
  'list.countMatching': '{total, plural, one {# interview match} other {# interviews match}}',
  'list.loadError': 'Could not load interviews',
  'list.retry': 'Try again',
  'list.noneMatching': 'No interviews match these filters',
  'list.clearFilters': 'Clear filters',
  'list.none': 'No interviews yet — create one',
  'list.createFirst': 'Create the first interview',
  'list.loadMore': 'Load more',

  'filters.label': 'Filter interviews',
  'filters.search': 'Search',
  'filters.searchPlaceholder': 'Candidate, interviewer, job or title',
  'filters.status': 'Status',
  'filters.anyStatus': 'Any status',
  'filters.sort': 'Sort by',
  'filters.byStart': 'Start time',
  'filters.byStatus': 'Status (needs attention first)',
  'filters.dates': 'Dates',
  'filters.anyDate': 'Any date',

  'table.label': 'Interviews',
  'table.candidate': 'Candidate',
  'table.interview': 'Interview',
  'table.when': 'When ({zone})',
  'table.interviewers': 'Interviewers',
  'table.status': 'Status',
  'table.select': 'Select {candidate} – {title}',
  'table.selectPage': 'Select all on this page',
  'table.attendance':
    '{confirmed} of {total} confirmed{declined, plural, =0 {} other {, {declined} declined}}',

  'actions.label': 'Actions for {candidate}',
  'actions.sendInvites': 'Send Invites',
  'actions.view': 'View details',
  'actions.reschedule': 'Reschedule',
  'actions.cancel': 'Cancel',

  'selection.label': 'Selected interviews',
  'selection.count': '{count} selected',
  'selection.clear': 'Clear selection',
  'selection.send': 'Send Invites ({count})',

  'week.title': 'Week of {week}',
  'week.nav': 'Weeks',
  'week.previous': 'Previous week',
  'week.this': 'This week',
  'week.next': 'Next week',
  'week.loadError': 'Could not load the week',
  'week.loading': 'Loading the week',
  'week.more':
    'This week holds more interviews than shown here; narrow it with the filters or use the list.',
  'week.today': '{day} · Today',
  'week.none': 'No interviews',

  'status.draft': 'Created',
  'status.awaiting_confirmation': 'Invites Sent',
  'status.scheduled': 'Interview Scheduled',
  'status.needs_attention': 'Needs attention',
  'status.cancelled': 'Cancelled',
  'status.completed': 'Completed',
});
