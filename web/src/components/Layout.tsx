import { AppShell, Badge, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type CSSProperties, type ReactNode, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { shell } from '../i18n/en/shell.js';
import { useText } from '../i18n/text.js';
import { devMailboxQueries, interviewQueries } from '../queries.js';
import { useSession } from '../session.js';
import { InboxBell } from './InboxBell.js';

// Manage Interviews filtered to what needs the coordinator: someone declined.
const ATTENTION = 'status=needs_attention&sort=status';

/** The app's frame: header with the user, navigation, and the page. */
export function Layout({ children }: { children: ReactNode }) {
  const t = useText(shell);
  const [opened, { toggle, close }] = useDisclosure();
  const { user, signOut } = useSession();
  const location = useLocation();
  // The development mailbox exists only when no SMTP server is configured.
  const devMailbox = useQuery(devMailboxQueries.available);
  // The queue of interviews someone declined: their count, kept current.
  const attention = useQuery({
    ...interviewQueries.needsAttention(),
    enabled: user.role !== 'interviewer',
  });
  const links: Array<{ to: string; label: string; count?: number }> = [
    { to: '/', label: t('nav.manageInterviews') },
    ...(user.role !== 'interviewer'
      ? [
          {
            to: `/?${ATTENTION}`,
            label: t('nav.needsAttention'),
            count: attention.data,
          },
        ]
      : []),
    // Scheduling requests are the coordinators' tool (the API asks for interviews:write).
    ...(user.role !== 'interviewer'
      ? [
          { to: '/scheduling-requests', label: t('nav.schedulingRequests') },
          { to: '/templates', label: t('nav.templates') },
        ]
      : []),
    ...(user.role === 'admin'
      ? [
          { to: '/webhooks', label: t('nav.webhooks') },
          { to: '/people', label: t('nav.people') },
          { to: '/branding', label: t('nav.branding') },
        ]
      : []),
    ...(devMailbox.data ? [{ to: '/dev-mailbox', label: t('nav.devMailbox') }] : []),
    { to: '/account', label: t('nav.account') },
  ];
  const active = (to: string) => {
    if (to === `/?${ATTENTION}`)
      return location.pathname === '/' && location.search === `?${ATTENTION}`;
    if (to === '/') {
      return (
        (location.pathname === '/' && location.search !== `?${ATTENTION}`) ||
        location.pathname.startsWith('/interviews')
      );
    }
    return location.pathname.startsWith(to);
  };
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <SkipLink />
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('header.toggleNavigation')}
            />
            <Title order={1} size="h3">
              Convene
            </Title>
          </Group>
          <Group gap="xs">
            <InboxBell />
            <Text size="sm" c="dimmed" visibleFrom="xs">
              {user.name} · {user.timeZone}
            </Text>
            <Button variant="subtle" size="xs" onClick={() => void signOut()}>
              {t('header.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        {links.map((link) => (
          <NavLink
            key={link.to}
            component={Link}
            to={link.to}
            label={link.label}
            rightSection={
              link.count ? (
                <Badge color="red" size="sm" circle={link.count < 10}>
                  {link.count}
                </Badge>
              ) : undefined
            }
            active={active(link.to)}
            // Filled: the light variant's hover colour leaves its label below AA contrast.
            variant="filled"
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      {/* AppShell.Main is the page's one <main> landmark: pages must not add another. */}
      <AppShell.Main id={MAIN} tabIndex={-1} style={{ outline: 'none' }}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}

const MAIN = 'main';
// Out of sight but read and focusable (as Mantine's VisuallyHidden), until it has focus.
const OUT_OF_SIGHT: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

/**
 * "Skip to content" (WCAG 2.4.1): the first Tab stop, shown while it has focus; it moves focus
 * past the header and the navigation to the page itself.
 */
function SkipLink() {
  const t = useText(shell);
  const [focused, setFocused] = useState(false);
  return (
    <Button
      component="a"
      href={`#${MAIN}`}
      size="xs"
      pos="absolute"
      top={12}
      left={12}
      style={focused ? { zIndex: 1 } : OUT_OF_SIGHT}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onClick={(event) => {
        // Focus, not a #main in the address: the router owns the URL.
        event.preventDefault();
        document.getElementById(MAIN)?.focus();
      }}
    >
      {t('header.skipToContent')}
    </Button>
  );
}
