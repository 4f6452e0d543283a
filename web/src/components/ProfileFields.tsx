import { TextInput } from '@mantine/core';
import type { FormErrors, UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { invalidateAccess } from '../access.js';
import { api } from '../api.js';
import { checkDatesOff, type DateOffDraft, datesOffDraft } from '../dates-off-draft.js';
import { useFormMutation } from '../forms.js';
import { languages } from '../i18n/en/languages.js';
import { people } from '../i18n/en/people.js';
import { type Translate, useText } from '../i18n/text.js';
import { invalidate, keys } from '../queries.js';
import { useSession } from '../session.js';
import type { Role, User } from '../types.js';
import { checkWeek, draftOf, hoursToSend, type WeekDraft } from '../week-draft.js';
import { DatesOffEditor } from './DatesOffEditor.js';
import { LanguageSelect } from './LanguageSelect.js';
import { TimeZoneSelect } from './TimeZoneSelect.js';
import { WorkingHoursEditor } from './WorkingHoursEditor.js';

/** What a person's profile form edits: the fields everyone may change of themselves. */
export interface ProfileValues {
  name: string;
  timeZone: string;
  /** The language of Convene's emails and pages to them; null: their browser's. */
  locale: string | null;
  workingHours: WeekDraft;
  /** Time off, in the working hours' zone. */
  datesOff: DateOffDraft[];
  /** Shown to admins editing someone; left alone on your own profile. */
  role?: Role;
}

/** The form's values for a user as they are now. */
export function profileValues(user: User): ProfileValues {
  return {
    name: user.name,
    timeZone: user.timeZone,
    locale: user.locale,
    workingHours: draftOf(user.workingHours),
    datesOff: datesOffDraft(user.workingHours),
    role: user.role,
  };
}

/** What must hold before anything is sent; the server checks the rest. */
export function checkProfile(values: ProfileValues, t: Translate<typeof people>): FormErrors {
  const errors: FormErrors = {};
  if (!values.name.trim()) errors.name = t('fields.enterName');
  if (!values.timeZone) errors.timeZone = t('fields.pickTimeZone');
  const week = checkWeek(values.workingHours, t);
  if (week) errors.workingHours = week;
  const off = checkDatesOff(values.datesOff, t);
  if (off) errors.datesOff = off;
  return errors;
}

interface Props {
  form: UseFormReturnType<ProfileValues>;
  /** The zone the hours are read in when they name their own (else the form's zone). */
  hoursZone: string | null;
  own?: boolean;
  /** Fields shown after the name, e.g. the role. */
  children?: ReactNode;
}

/**
 * Name, time zone, language, working hours and time off of a user, with the server's problems
 * under each.
 */
export function ProfileFields({ form, hoursZone, own = false, children }: Props) {
  const t = useText(people);
  const languageText = useText(languages);
  const hours = form.getInputProps('workingHours');
  const zone = hoursZone ?? form.values.timeZone;
  return (
    <>
      <TextInput
        label={t(own ? 'fields.yourName' : 'fields.name')}
        required
        {...form.getInputProps('name')}
      />
      {children}
      <TimeZoneSelect
        label={t(own ? 'fields.yourTimeZone' : 'fields.timeZone')}
        description={own ? t('fields.timeZoneHint') : undefined}
        allowDeselect={false}
        {...form.getInputProps('timeZone')}
      />
      <LanguageSelect
        label={t(own ? 'fields.yourLanguage' : 'fields.language')}
        description={t(own ? 'fields.yourLanguageHint' : 'fields.languageHint', {
          hint: languageText('browser.hint'),
        })}
        {...form.getInputProps('locale')}
      />
      <WorkingHoursEditor
        value={form.values.workingHours}
        onChange={(week) => form.setFieldValue('workingHours', week)}
        zone={zone}
        error={hours.error}
      />
      <DatesOffEditor
        value={form.values.datesOff}
        onChange={(datesOff) => form.setFieldValue('datesOff', datesOff)}
        zone={zone}
        error={form.errors.datesOff}
      />
    </>
  );
}

/**
 * Saves a profile form with PATCH /users/:id. The signed-in user's session is read again after
 * a change to themselves, so times across the app follow their new zone at once.
 */
export function useSaveProfile(
  form: UseFormReturnType<ProfileValues>,
  user: User,
  onSaved: (saved: User) => void,
) {
  const t = useText(people);
  const client = useQueryClient();
  const me = useSession().user;
  return useFormMutation(form, {
    mutationFn: (values) =>
      api<User>('PATCH', `/users/${user.id}`, {
        name: values.name,
        timeZone: values.timeZone,
        locale: values.locale,
        workingHours: hoursToSend(
          values.workingHours,
          user.workingHours?.timeZone ?? null,
          values.datesOff,
        ),
        ...(values.role && values.role !== user.role ? { role: values.role } : {}),
      }),
    onSuccess: (saved) => {
      notifications.show({ color: 'green', message: t('profile.saved', { name: saved.name }) });
      void invalidateAccess(client);
      if (saved.id === me.id) void invalidate(client, keys.session);
      onSaved(saved);
    },
  });
}
