import {
  Alert,
  Box,
  Button,
  Card,
  Center,
  ColorInput,
  FileInput,
  Group,
  Loader,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.js';
import { accentContrast, fullHex, MIN_CONTRAST } from '../contrast.js';
import { FormAlert, FormCard, useFormMutation } from '../forms.js';
import { admin } from '../i18n/en/admin.js';
import { useText } from '../i18n/text.js';
import { brandingQuery, keys } from '../queries.js';
import { useSession } from '../session.js';
import type { Branding } from '../types.js';

// Convene's own accent on recipient pages, shown while none is set.
const DEFAULT_ACCENT = '#1d4ed8';
// Shades that keep 4.5:1 on the pages' white and light grey, as the server requires.
const SWATCHES = ['#1d4ed8', '#0b5d3b', '#7e22ce', '#b91c1c', '#9a3412', '#0f766e', '#1f2937'];
const LOGO_TYPES = 'image/png,image/jpeg,image/webp,image/gif';

interface BrandingValues {
  companyName: string;
  accentColor: string;
  /** A new logo's base64; null: remove it; undefined: keep the current one. */
  logo: string | null | undefined;
}

/** The file's bytes as base64, as the API takes a logo; `unreadable` is the error said if not. */
function readBase64(file: File, unreadable: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(unreadable));
    reader.readAsDataURL(file);
  });
}

/** How the top of a recipient's page looks with these values. */
function Preview({
  name,
  accent,
  logoSrc,
}: {
  name: string;
  accent: string;
  logoSrc: string | null;
}) {
  const t = useText(admin);
  return (
    <Card withBorder bg="gray.0" aria-label={t('preview.label')} component="section">
      <Text size="sm" c="dimmed" mb="xs">
        {t('preview.about')}
      </Text>
      {logoSrc ? (
        <Box
          component="img"
          src={logoSrc}
          alt={name}
          h={40}
          maw="100%"
          display="block"
          bg="white"
          p={4}
          style={{ borderRadius: 6, objectFit: 'contain' }}
        />
      ) : (
        <Text fw={600} c="dimmed">
          {name}
        </Text>
      )}
      <Group mt="md">
        <Box
          component="span"
          px="lg"
          py={8}
          fw={700}
          c="white"
          style={{ background: accent, borderRadius: 8 }}
        >
          {t('preview.confirm')}
        </Box>
        <Text component="span" fw={600} style={{ color: accent, textDecoration: 'underline' }}>
          {t('preview.addToCalendar')}
        </Text>
      </Group>
    </Card>
  );
}

function BrandingForm({ branding }: { branding: Branding }) {
  const t = useText(admin);
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const form = useForm<BrandingValues>({
    initialValues: {
      companyName: branding.companyName ?? '',
      accentColor: branding.accentColor ?? '',
      logo: undefined,
    },
  });
  const { mutation: save, submit } = useFormMutation(form, {
    mutationFn: (values: BrandingValues) =>
      api<Branding>('PATCH', '/branding', {
        companyName: values.companyName.trim() || null,
        accentColor: values.accentColor.trim() || null,
        ...(values.logo === undefined ? {} : { logo: values.logo }),
      }),
    onSuccess: (saved) => {
      client.setQueryData(keys.branding, saved);
      form.setValues({ logo: undefined });
      form.resetDirty();
      setFile(null);
      notifications.show({ color: 'green', message: t('branding.saved') });
    },
  });
  const chooseLogo = async (chosen: File | null) => {
    setFile(chosen);
    form.clearFieldError('logo');
    if (!chosen) {
      form.setFieldValue('logo', undefined);
      return;
    }
    try {
      const data = await readBase64(chosen, t('branding.unreadable'));
      form.setFieldValue('logo', data);
    } catch (error) {
      form.setFieldError('logo', (error as Error).message);
    }
  };
  const removeLogo = () => {
    setFile(null);
    form.setFieldValue('logo', null);
  };
  // The logo shown: the one chosen (not saved yet), none once removed, else the saved one.
  const { logo } = form.values;
  const preview =
    logo === undefined
      ? (branding.logo?.url ?? null)
      : logo && `data:${file?.type ?? 'image/png'};base64,${logo}`;
  const name = form.values.companyName.trim() || branding.defaultCompanyName;
  // The preview draws only a readable accent: a lighter one is advised against before saving.
  const typed = fullHex(form.values.accentColor);
  const contrast = typed === null ? null : accentContrast(typed);
  const readable = contrast !== null && contrast >= MIN_CONTRAST;
  const accent = typed !== null && readable ? typed : (branding.accentColor ?? DEFAULT_ACCENT);
  const advice =
    contrast === null
      ? t('branding.accentHint')
      : t(readable ? 'branding.readable' : 'branding.tooLight', {
          contrast: contrast.toFixed(1),
          min: String(MIN_CONTRAST),
        });
  return (
    <FormCard label={t('branding.label')} onSubmit={submit}>
      <Stack>
        <TextInput
          label={t('branding.company')}
          description={t('branding.companyHint', { name: branding.defaultCompanyName })}
          placeholder={branding.defaultCompanyName}
          maxLength={100}
          {...form.getInputProps('companyName')}
        />
        <ColorInput
          label={t('branding.accent')}
          description={advice}
          placeholder={DEFAULT_ACCENT}
          format="hex"
          swatches={SWATCHES}
          swatchesPerRow={7}
          withEyeDropper={false}
          {...form.getInputProps('accentColor')}
        />
        <Stack gap="xs">
          <FileInput
            label={t('branding.logo')}
            description={t('branding.logoHint')}
            placeholder={t(branding.logo ? 'branding.replaceLogo' : 'branding.chooseLogo')}
            accept={LOGO_TYPES}
            clearable
            value={file}
            onChange={(chosen) => void chooseLogo(chosen)}
            error={form.errors.logo}
          />
          {preview && (
            <Group>
              <Button variant="subtle" color="red" size="compact-sm" onClick={removeLogo}>
                {t('branding.removeLogo')}
              </Button>
            </Group>
          )}
        </Stack>
        <Preview name={name} accent={accent} logoSrc={preview} />
        <FormAlert error={save.error} form={form} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('branding.save')}
          </Button>
        </Group>
      </Stack>
    </FormCard>
  );
}

/** Branding (admins): the company's name, logo and accent on recipient pages and emails. */
export function BrandingPage() {
  const t = useText(admin);
  const { user } = useSession();
  const branding = useQuery(brandingQuery);
  if (user.role !== 'admin') {
    return <Alert color="yellow">{t('branding.adminsOnly')}</Alert>;
  }
  return (
    <Stack>
      <Title order={2}>{t('branding.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('branding.about')}
      </Text>
      {branding.isPending && (
        <Center>
          <Loader aria-label={t('branding.loading')} />
        </Center>
      )}
      {branding.error && (
        <Alert color="red" role="alert">
          {branding.error.message}
        </Alert>
      )}
      {branding.data && <BrandingForm branding={branding.data} />}
    </Stack>
  );
}
