import { PasswordInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { people } from '../i18n/en/people.js';
import { useText } from '../i18n/text.js';
import { TimeZoneSelect } from './TimeZoneSelect.js';

/** A person being added: by an admin, or the first admin setting up Convene. */
export interface UserValues {
  name: string;
  email: string;
  timeZone: string;
  password: string;
}

interface Props {
  form: UseFormReturnType<UserValues>;
  /** True when the person fills in their own details (setup): the password is theirs, needed. */
  own?: boolean;
  /** Fields shown after the email, e.g. the role. */
  children?: ReactNode;
}

/** Name, email, time zone and password of a user, with the server's problems under each. */
export function UserFields({ form, own = false, children }: Props) {
  const t = useText(people);
  const hint = t('fields.passwordHint');
  return (
    <>
      <TextInput
        label={t(own ? 'fields.yourName' : 'fields.name')}
        required
        autoFocus={own}
        {...form.getInputProps('name')}
      />
      <TextInput label={t('fields.email')} type="email" required {...form.getInputProps('email')} />
      {children}
      <TimeZoneSelect
        label={t(own ? 'fields.yourTimeZone' : 'fields.timeZone')}
        allowDeselect={false}
        {...form.getInputProps('timeZone')}
      />
      <PasswordInput
        label={t(own ? 'fields.password' : 'fields.passwordOptional')}
        description={own ? hint : t('fields.passwordOptionalHint', { hint })}
        autoComplete="new-password"
        required={own}
        {...form.getInputProps('password')}
      />
    </>
  );
}
