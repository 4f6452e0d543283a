import { Modal, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormAlert } from '../forms.js';
import { people } from '../i18n/en/people.js';
import { useText } from '../i18n/text.js';
import { roleOptions, type User } from '../types.js';
import { DialogActions } from './DialogActions.js';
import {
  checkProfile,
  ProfileFields,
  type ProfileValues,
  profileValues,
  useSaveProfile,
} from './ProfileFields.js';

/** An admin edits a user's name, role, time zone and working hours. */
export function EditUserModal({ user, onClose }: { user: User | null; onClose(): void }) {
  const t = useText(people);
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={t('edit.title', { name: user?.name ?? '' })}
      size="lg"
    >
      {user && <EditUserForm key={user.id} user={user} onClose={onClose} />}
    </Modal>
  );
}

function EditUserForm({ user, onClose }: { user: User; onClose(): void }) {
  const t = useText(people);
  const form = useForm<ProfileValues>({
    initialValues: profileValues(user),
    validate: (values) => checkProfile(values, t),
  });
  const { mutation: save, submit } = useSaveProfile(form, user, onClose);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProfileFields form={form} hoursZone={user.workingHours?.timeZone ?? null}>
          <Select
            label={t('fields.role')}
            data={roleOptions(t)}
            allowDeselect={false}
            {...form.getInputProps('role')}
          />
        </ProfileFields>
        <FormAlert error={save.error} form={form} title={t('edit.notSaved')} />
        <DialogActions
          cancel={t('edit.cancel')}
          onCancel={onClose}
          act={t('edit.save')}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}
