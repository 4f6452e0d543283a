import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormAlert, FormCard } from '../forms.js';
import { useSession } from '../session.js';
import {
  checkProfile,
  ProfileFields,
  type ProfileValues,
  profileValues,
  useSaveProfile,
} from './ProfileFields.js';

/** Your own name, time zone and working hours. */
export function ProfileForm() {
  const { user } = useSession();
  const form = useForm<ProfileValues>({
    initialValues: profileValues(user),
    validate: checkProfile,
  });
  // What was saved becomes what "unchanged" means, so the button rests until the next edit.
  const { mutation: save, submit } = useSaveProfile(form, user, (saved) => {
    form.setInitialValues(profileValues(saved));
    form.resetDirty(profileValues(saved));
  });
  return (
    <FormCard label="Profile" onSubmit={submit}>
      <Stack>
        <ProfileFields form={form} hoursZone={user.workingHours?.timeZone ?? null} own />
        <FormAlert error={save.error} form={form} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </FormCard>
  );
}
