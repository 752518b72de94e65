import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { TermijnTool } from './TermijnTool';

export function TermijnPage() {
  return (
    <>
      <Text size="sm" mb="xs">
        <Anchor component={Link} to="/parameters">
          Parameters
        </Anchor>{' '}
        / Termijn berekenen
      </Text>
      <PageHeader
        titel="Termijn berekenen"
        intro="Bereken de vervaldatum van een wettelijke termijn in kalender- of werkdagen, met Belgische feestdagen en opschortingen. De afleiding toont elke stap."
      />
      <TermijnTool />
    </>
  );
}
