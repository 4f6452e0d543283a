import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { templates as words } from '../i18n/en/templates.js';
import { useText } from '../i18n/text.js';
import { templateQueries } from '../queries.js';
import type { Audience, Template } from '../types.js';

interface TemplatePickerProps {
  audience: Audience;
  /** The field's label, e.g. "Candidate Invite". */
  label: string;
  value: Template | null;
  onChange(template: Template | null): void;
  error?: string | undefined;
  autoFocus?: boolean;
  /**
   * What the template is for: an invite (holds the Interview Link; the default) or a scheduling
   * request's email (a candidate template holding the Scheduling Link).
   */
  purpose?: 'invite' | 'request';
}

/** The Send Invites type-ahead: type the first letters of an invite's name, pick it. */
export function TemplatePicker({
  audience,
  label,
  value,
  onChange,
  error,
  autoFocus,
  purpose = 'invite',
}: TemplatePickerProps) {
  const t = useText(words);
  const [search, setSearch] = useState('');
  // Once a template is picked its name fills the field: list everything again, not just it.
  const [q] = useDebouncedValue(value && search === value.name ? '' : search, 200);
  const list = useQuery(
    purpose === 'request' ? templateQueries.schedulable(q) : templateQueries.invitable(audience, q),
  );
  const found = list.data?.items ?? [];
  const templates = value && !found.some((f) => f.id === value.id) ? [value, ...found] : found;
  return (
    <Select
      label={label}
      placeholder={t(
        purpose === 'request' ? 'picker.requestPlaceholder' : 'picker.invitePlaceholder',
      )}
      searchable
      selectFirstOptionOnChange
      value={value?.id ?? null}
      data={templates.map((template) => ({ value: template.id, label: template.name }))}
      onChange={(id) => onChange(templates.find((template) => template.id === id) ?? null)}
      onSearchChange={setSearch}
      nothingFoundMessage={
        list.isFetching
          ? t('picker.searching')
          : t(purpose === 'request' ? 'picker.noRequest' : 'picker.noInvite')
      }
      allowDeselect={false}
      error={error}
      data-autofocus={autoFocus || undefined}
      required
    />
  );
}
