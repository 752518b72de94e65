import { Group, List, Paper, Text, UnstyledButton, Collapse } from '@mantine/core';
import { useDisclosure, useId } from '@mantine/hooks';
import { formatDatum } from '../format';
import { StatusBadge } from '../StatusBadge';

interface Props {
  omschrijving: string;
  vervaldatum: string | null;
  stand: { label: string; kleur: string };
  afleiding: string[];
  /** Text instead of a date when the period has not started. */
  zonderDatum?: string;
}

/** One legal deadline: what, until when, its state (colour and word) and the derivation on request. */
export function TermijnKaart({ omschrijving, vervaldatum, stand, afleiding, zonderDatum = 'Loopt nog niet' }: Props) {
  const [open, { toggle }] = useDisclosure(false);
  const id = useId();
  return (
    <Paper withBorder p="sm" component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="sm" fw={600}>
            {omschrijving}
          </Text>
          <Text size="sm">{vervaldatum ? <>Uiterlijk <strong>{formatDatum(vervaldatum)}</strong></> : zonderDatum}</Text>
        </div>
        <StatusBadge info={stand} />
      </Group>
      {afleiding.length > 0 && (
        <>
          <UnstyledButton onClick={toggle} aria-expanded={open} aria-controls={id} mt={4}>
            <Text size="xs" c="blauw.7" td="underline">
              {open ? 'Berekening verbergen' : 'Hoe is deze datum berekend?'}
            </Text>
          </UnstyledButton>
          <Collapse expanded={open} id={id}>
            <List size="xs" mt={4} spacing={2}>
              {afleiding.map((r, i) => (
                <List.Item key={i}>{r}</List.Item>
              ))}
            </List>
          </Collapse>
        </>
      )}
    </Paper>
  );
}

/** A vertical list of TermijnKaart items. */
export const termijnLijstStijl = { listStyle: 'none', padding: 0, margin: 0 } as const;
