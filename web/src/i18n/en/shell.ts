import { catalog } from '../catalog.js';

/** The app's frame, in every screen's first load: loading, navigation, header, dialogs' close. */
export const shell = catalog('shell', {
  'app.loading': 'Loading',
  'app.loadingPage': 'Loading the page',

  'header.skipToContent': 'Skip to content',
  'header.toggleNavigation': 'Toggle navigation',
  'header.signOut': 'Sign out',
  'inbox.label':
    '{count, plural, =0 {Inbox} one {Inbox: {count} new answer} other {Inbox: {count} new answers}}',
  'inbox.overflow': '99+',

  'nav.label': 'Main',
  'nav.manageInterviews': 'Manage Interviews',
  'nav.needsAttention': 'Needs attention',
  'nav.schedulingRequests': 'Scheduling requests',
  'nav.templates': 'Configure Communications',
  'nav.webhooks': 'Webhooks',
  'nav.people': 'People',
  'nav.branding': 'Branding',
  'nav.devMailbox': 'Dev mailbox',
  'nav.account': 'Your account',

  // Mantine's own buttons, named in the theme (main.tsx)
  'dialog.close': 'Close window',
  'notification.close': 'Close notification',
  // A list's last column, named only for screen readers (ListTable)
  'table.actions': 'Actions',
});
