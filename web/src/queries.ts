/**
 * Every read the app makes, as TanStack `queryOptions`: one key per resource, so two screens
 * showing the same interview share one fetch, and a write invalidates by these keys. Screens add
 * only how they use a read (polling, placeholders), never a key of their own.
 */
import {
  infiniteQueryOptions,
  keepPreviousData,
  type QueryClient,
  type QueryKey,
  queryOptions,
} from '@tanstack/react-query';
import { ApiError, api, query, setCsrfToken } from './api.js';
import type * as Api from './types.js';

/** The root key of each resource: invalidating one refreshes everything shown of it. */
export const keys = {
  setup: ['setup'],
  session: ['session'],
  users: ['users'],
  candidates: ['candidates'],
  sessions: ['sessions'],
  apiKeys: ['api-keys'],
  templates: ['templates'],
  interviews: ['interviews'],
  webhooks: ['webhooks'],
  devMailbox: ['dev-mailbox'],
  answers: ['answers'],
  calendars: ['calendars'],
  schedulingRequests: ['scheduling-requests'],
  branding: ['branding'],
} as const satisfies Record<string, QueryKey>;

/** Reads again everything under the given resources, after a write changed them. */
export function invalidate(client: QueryClient, ...roots: QueryKey[]): Promise<unknown> {
  return Promise.all(roots.map((queryKey) => client.invalidateQueries({ queryKey })));
}

/** After a write answered with the interview: show it at once, and read lists and timelines again. */
export function interviewWritten(client: QueryClient, interview: Api.Interview): Promise<unknown> {
  client.setQueryData(interviewQueries.detail(interview.id).queryKey, interview);
  return invalidate(client, keys.interviews);
}

const forever = Number.POSITIVE_INFINITY;

/** The company's name, logo and accent, as recipients see them. */
export const brandingQuery = queryOptions({
  queryKey: keys.branding,
  queryFn: () => api<Api.Branding>('GET', '/branding'),
});

export const setupQuery = queryOptions({
  queryKey: keys.setup,
  queryFn: () => api<Api.SetupState>('GET', '/setup'),
  staleTime: forever,
});

/** The signed-in user and CSRF token; null when signed out. */
export const sessionQuery = queryOptions({
  queryKey: keys.session,
  queryFn: async (): Promise<Api.SignedIn | null> => {
    try {
      const info = await api<Api.SignedIn>('GET', '/session');
      setCsrfToken(info.csrfToken);
      return info;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: forever,
});

export interface InterviewListParams {
  status: string[];
  from: string | null;
  to: string | null;
  q: string;
  sort?: 'startsAt' | 'status';
}

export const interviewQueries = {
  /** Manage Interviews: pages of 25, fetched on with Load more. */
  list: (filters: InterviewListParams) =>
    infiniteQueryOptions({
      queryKey: [...keys.interviews, 'list', filters],
      queryFn: ({ pageParam }) =>
        api<Api.Page<Api.Interview>>(
          'GET',
          `/interviews${query({ ...filters, cursor: pageParam, limit: 25, ...(pageParam ? {} : { withTotal: true }) })}`,
        ),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
  /**
   * One week of interviews (from/to), every page of it read at once up to `cap`: the week
   * view shows the whole week, and says when it holds more than the cap.
   */
  week: (filters: InterviewListParams, cap = 500) =>
    queryOptions({
      queryKey: [...keys.interviews, 'week', filters, cap],
      queryFn: async () => {
        const items: Api.Interview[] = [];
        let cursor: string | undefined;
        do {
          const page = await api<Api.Page<Api.Interview>>(
            'GET',
            `/interviews${query({ ...filters, cursor, limit: 100 })}`,
          );
          items.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor && items.length < cap);
        return { items, more: cursor !== undefined };
      },
      placeholderData: keepPreviousData,
    }),
  /** How many interviews need the coordinator's attention: the count beside the navigation. */
  needsAttention: () =>
    queryOptions({
      queryKey: [...keys.interviews, 'needs-attention'],
      queryFn: async () =>
        (
          await api<Api.Page<Api.Interview>>(
            'GET',
            `/interviews${query({ status: ['needs_attention'], limit: 1, withTotal: true })}`,
          )
        ).total ?? 0,
      refetchInterval: 30_000,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...keys.interviews, id],
      queryFn: () => api<Api.Interview>('GET', `/interviews/${id}`),
    }),
  events: (id: string) =>
    queryOptions({
      queryKey: [...keys.interviews, id, 'events'],
      queryFn: () => api<{ items: Api.InterviewEvent[] }>('GET', `/interviews/${id}/events`),
    }),
  /** Times participants proposed instead of the invite's (open and decided). */
  proposals: (id: string) =>
    queryOptions({
      queryKey: [...keys.interviews, id, 'proposals'],
      queryFn: () => api<{ items: Api.Proposal[] }>('GET', `/interviews/${id}/proposals`),
    }),
};

export const answerQueries = {
  /** The inbox: answers newest first, pages of 25 fetched on with Load more. */
  list: (filters: { answer?: 'declined' }) =>
    infiniteQueryOptions({
      queryKey: [...keys.answers, 'list', filters],
      queryFn: ({ pageParam }) =>
        api<Api.Page<Api.Answer>>(
          'GET',
          `/answers${query({ ...filters, cursor: pageParam, limit: 25 })}`,
        ),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
  /** The answers after `since`: how many (the bell's number) and the newest, kept current. */
  since: (since: string) =>
    queryOptions({
      queryKey: [...keys.answers, 'since', since],
      queryFn: async () => {
        const page = await api<Api.Page<Api.Answer>>(
          'GET',
          `/answers${query({ since, limit: 1, withTotal: true })}`,
        );
        return { count: page.total ?? 0, newest: page.items[0]?.at ?? null };
      },
      refetchInterval: 30_000,
    }),
};

export const candidateQueries = {
  /** The Create interview type-ahead. */
  search: (q: string) =>
    queryOptions({
      queryKey: [...keys.candidates, 'search', q],
      queryFn: () => api<Api.Page<Api.Candidate>>('GET', `/candidates${query({ q, limit: 10 })}`),
      placeholderData: keepPreviousData,
    }),
};

export interface UserFilters {
  q?: string;
  active?: boolean | undefined;
  cursor?: string | undefined;
  limit: number;
}

export const userQueries = {
  list: (filters: UserFilters) =>
    queryOptions({
      queryKey: [...keys.users, 'list', filters],
      queryFn: () => api<Api.Page<Api.User>>('GET', `/users${query({ ...filters })}`),
      placeholderData: keepPreviousData,
    }),
};

/** A user's connected calendars (few: one page). */
export const calendarQueries = {
  list: (userId: string) =>
    queryOptions({
      queryKey: [...keys.calendars, userId],
      queryFn: () => api<{ items: Api.Calendar[] }>('GET', `/users/${userId}/calendars`),
    }),
};

export const accessQueries = {
  sessions: (userId: string) =>
    queryOptions({
      queryKey: [...keys.sessions, userId],
      queryFn: () => api<Api.Page<Api.Session>>('GET', `/sessions${query({ userId, limit: 100 })}`),
    }),
  apiKeys: (userId: string) =>
    queryOptions({
      queryKey: [...keys.apiKeys, userId],
      queryFn: () => api<Api.Page<Api.ApiKey>>('GET', `/api-keys${query({ userId, limit: 100 })}`),
    }),
};

export interface TemplateFilters {
  q: string;
  audience: Api.Audience | null;
  includeArchived: boolean;
  cursor: string | undefined;
}

export const templateQueries = {
  list: ({ includeArchived, ...filters }: TemplateFilters) =>
    queryOptions({
      queryKey: [...keys.templates, 'list', { includeArchived, ...filters }],
      queryFn: () =>
        api<Api.Page<Api.Template>>(
          'GET',
          `/templates${query({ ...filters, includeArchived: includeArchived || undefined, limit: 25 })}`,
        ),
      placeholderData: keepPreviousData,
    }),
  /** Unarchived templates of one audience that carry the Interview Link, best match first. */
  invitable: (audience: Api.Audience, q: string) =>
    queryOptions({
      queryKey: [...keys.templates, 'invitable', audience, q],
      queryFn: () =>
        api<Api.Page<Api.Template>>(
          'GET',
          `/templates${query({ audience, invitable: true, q: q.trim(), limit: 20 })}`,
        ),
      placeholderData: keepPreviousData,
    }),
  /** Unarchived candidate templates that carry the Scheduling Link: a request's own email. */
  schedulable: (q: string) =>
    queryOptions({
      queryKey: [...keys.templates, 'schedulable', q],
      queryFn: () =>
        api<Api.Page<Api.Template>>(
          'GET',
          `/templates${query({ audience: 'candidate', schedulable: true, q: q.trim(), limit: 20 })}`,
        ),
      placeholderData: keepPreviousData,
    }),
  /** The standard tokens, loaded once for every editor on the page. */
  tokens: queryOptions({
    queryKey: [...keys.templates, 'tokens'],
    queryFn: () => api<{ items: Api.Token[] }>('GET', '/templates/tokens').then((r) => r.items),
    staleTime: forever,
  }),
  /**
   * An unsaved template rendered with sample data, as a recipient in `timeZone` sees it (dates
   * written in `locale` when given, else the company's language).
   */
  preview: (
    input: { audience: Api.Audience; subject: string; body: string; locale?: Api.Locale },
    timeZone: string,
  ) =>
    queryOptions({
      queryKey: [...keys.templates, 'preview', input, timeZone],
      queryFn: () =>
        api<Api.RenderedTemplate>('POST', '/templates/preview', { ...input, timeZone }),
      enabled: input.subject.trim() !== '',
      placeholderData: keepPreviousData,
      retry: false,
      staleTime: forever,
    }),
};

export const schedulingQueries = {
  /** Scheduling requests, newest first, a page of 25 at a cursor; booked and opened come in live. */
  list: (filters: { status: Api.SchedulingStatus | null; cursor: string | undefined }) =>
    queryOptions({
      queryKey: [...keys.schedulingRequests, 'list', filters],
      queryFn: () =>
        api<Api.Page<Api.SchedulingRequest>>(
          'GET',
          `/scheduling-requests${query({ ...filters, limit: 25 })}`,
        ),
      placeholderData: keepPreviousData,
    }),
};

/** What the slot finder answers (POST /availability/slots), as Find a time asks it. */
export interface SlotSearch {
  interviewerIds: string[];
  durationMinutes: number;
  from: string;
  to: string;
  minNoticeMinutes?: number;
  stepMinutes?: number;
}

export const availabilityQueries = {
  /** The slots in a window when every interviewer is free, earliest first (at most 500). */
  slots: (search: SlotSearch, enabled = true) =>
    queryOptions({
      queryKey: ['slots', search],
      queryFn: () => api<Api.SlotList>('POST', '/availability/slots', search),
      enabled,
      staleTime: 30_000,
      placeholderData: keepPreviousData,
    }),
};

export const webhookQueries = {
  list: queryOptions({
    queryKey: keys.webhooks,
    queryFn: () => api<{ items: Api.Webhook[] }>('GET', '/webhooks'),
  }),
  deliveries: (id: string) =>
    queryOptions({
      queryKey: [...keys.webhooks, id, 'deliveries'],
      queryFn: () =>
        api<Api.Page<Api.WebhookDelivery>>('GET', `/webhooks/${id}/deliveries?limit=10`),
    }),
};

export const devMailboxQueries = {
  /** Whether there is one: it exists only while no SMTP server is configured. */
  available: queryOptions({
    queryKey: [...keys.devMailbox, 'available'],
    queryFn: () => api('GET', '/dev-mailbox?limit=1').then(() => true),
    retry: false,
    staleTime: forever,
  }),
  list: (cursor: string | undefined) =>
    queryOptions({
      queryKey: [...keys.devMailbox, 'list', cursor],
      queryFn: () =>
        api<Api.Page<Api.DevMessageSummary>>('GET', `/dev-mailbox${query({ cursor, limit: 25 })}`),
      placeholderData: keepPreviousData,
    }),
  message: (id: string) =>
    queryOptions({
      queryKey: [...keys.devMailbox, 'message', id],
      queryFn: () => api<Api.DevMessage>('GET', `/dev-mailbox/${id}`),
      staleTime: forever,
    }),
};
