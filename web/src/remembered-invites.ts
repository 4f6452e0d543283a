/** The invites last sent from this browser, per audience: offered first next time. */
import { useEffect, useRef } from 'react';
import { api } from './api.js';
import type { Audience, Template } from './types.js';

const AUDIENCES = ['candidate', 'interviewer'] as const;
const KEY = (audience: Audience) => `convene.lastInvite.${audience}`;

/** Remembers the templates just sent with (either may be missing). */
export function rememberInvites(templateIds: Partial<Record<Audience, string | undefined>>): void {
  try {
    for (const audience of AUDIENCES) {
      const id = templateIds[audience];
      if (id) localStorage.setItem(KEY(audience), id);
    }
  } catch {
    // Storage off (private mode): nothing is remembered.
  }
}

function lastTemplateId(audience: Audience): string | null {
  try {
    return localStorage.getItem(KEY(audience));
  } catch {
    return null;
  }
}

/**
 * Once, on mount: hands each remembered template that is still offered (not archived, still
 * with the Interview Link) to `onFound`, which chooses it unless the user already chose.
 */
export function useRememberedInvites(onFound: (audience: Audience, template: Template) => void) {
  const found = useRef(onFound);
  found.current = onFound;
  useEffect(() => {
    for (const audience of AUDIENCES) {
      const id = lastTemplateId(audience);
      if (!id) continue;
      void api<Template>('GET', `/templates/${id}`)
        .then((template) => {
          if (template.archived || !template.invitable) return;
          found.current(audience, template);
        })
        .catch(() => undefined);
    }
  }, []);
}
