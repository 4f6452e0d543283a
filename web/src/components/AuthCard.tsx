import { Center, Paper, Stack, Title } from '@mantine/core';
import { type FormEventHandler, type ReactNode, useId } from 'react';

interface Props {
  title: string;
  width: number;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
}

/** The form alone in the middle of the screen, before anyone is signed in (setup, sign-in). */
export function AuthCard({ title, width, onSubmit, children }: Props) {
  const titleId = useId();
  return (
    <Center component="main" mih="100vh" p="md">
      <Paper
        component="form"
        onSubmit={onSubmit}
        noValidate
        withBorder
        p="xl"
        w={width}
        aria-labelledby={titleId}
      >
        <Stack>
          <Title id={titleId} order={1} size="h2">
            {title}
          </Title>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
