import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { foutmelding } from '../api/client';

export function Laden({ tekst = 'Laden...' }: { tekst?: string }) {
  return (
    <Group gap="xs" role="status" py="sm">
      <Loader size="sm" />
      <Text size="sm">{tekst}</Text>
    </Group>
  );
}

export function Leeg({ children }: { children: ReactNode }) {
  return (
    <Text c="dimmed" py="sm">
      {children}
    </Text>
  );
}

/** An API or other error with its Dutch message (never a stack), optionally with "Opnieuw proberen". */
export function Fout({ error, titel = 'Er ging iets mis', opnieuw }: { error: unknown; titel?: string; opnieuw?: () => void }) {
  return (
    <Alert color="red" title={titel} role="alert" variant="light">
      <Text size="sm">{foutmelding(error)}</Text>
      {opnieuw && (
        <Button mt="sm" size="xs" variant="outline" color="red" onClick={opnieuw}>
          Opnieuw proberen
        </Button>
      )}
    </Alert>
  );
}

/** Rendering errors of one screen: a Dutch message instead of a blank window. */
export class SchermFoutgrens extends Component<{ children: ReactNode; sleutel?: string }, { fout: boolean }> {
  override state = { fout: false };

  static getDerivedStateFromError(): { fout: boolean } {
    return { fout: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Schermfout', error, info.componentStack);
  }

  override componentDidUpdate(prev: { sleutel?: string }): void {
    if (prev.sleutel !== this.props.sleutel && this.state.fout) this.setState({ fout: false });
  }

  override render() {
    if (this.state.fout) {
      return (
        <Alert color="red" title="Dit scherm kon niet getoond worden" role="alert">
          Er liep iets mis bij het tonen van dit scherm. Kies een ander onderdeel in het menu of herlaad de toepassing
          (Ctrl+R). Blijft het probleem, meld het dan aan de beheerder.
        </Alert>
      );
    }
    return this.props.children;
  }
}
