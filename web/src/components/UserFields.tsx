import { PasswordInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { TimeZoneSelect } from './TimeZoneSelect.js';

export const PASSWORD_HINT =
  'At least 12 characters and hard to guess: a few uncommon words work well';

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
  return (
    <>
      <TextInput
        label={own ? 'Your name' : 'Name'}
        required
        autoFocus={own}
        {...form.getInputProps('name')}
      />
      <TextInput label="Email" type="email" required {...form.getInputProps('email')} />
      {children}
      <TimeZoneSelect
        label={own ? 'Your time zone' : 'Time zone'}
        allowDeselect={false}
        {...form.getInputProps('timeZone')}
      />
      <PasswordInput
        label={own ? 'Password' : 'Password (optional)'}
        description={own ? PASSWORD_HINT : `Without one the user cannot sign in. ${PASSWORD_HINT}`}
        autoComplete="new-password"
        required={own}
        {...form.getInputProps('password')}
      />
    </>
  );
}
