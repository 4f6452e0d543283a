import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormAlert, FormCard } from '../forms.js';
import { people } from '../i18n/en/people.js';
import { useText } from '../i18n/text.js';
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
  const t = useText(people);
  const { user } = useSession();
  const form = useForm<ProfileValues>({
    initialValues: profileValues(user),
    validate: (values) => checkProfile(values, t),
  });
  // What was saved becomes what "unchanged" means, so the button rests until the next edit.
  const { mutation: save, submit } = useSaveProfile(form, user, (saved) => {
    form.setInitialValues(profileValues(saved));
    form.resetDirty(profileValues(saved));
  });
  return (
    <FormCard label={t('profile.label')} onSubmit={submit}>
      <Stack>
        <ProfileFields form={form} hoursZone={user.workingHours?.timeZone ?? null} own />
        <FormAlert error={save.error} form={form} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('profile.save')}
          </Button>
        </Group>
      </Stack>
    </FormCard>
  );
}
