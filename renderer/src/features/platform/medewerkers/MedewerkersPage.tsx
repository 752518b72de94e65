import { useState } from 'react';
import { Paper, Stack, Text } from '@mantine/core';
import type { Medewerker } from '../../../../../shared/platform/medewerker.contract';
import { useApi } from '../../../api/hooks';
import { PageHeader } from '../../../components/PageHeader';
import { useIsBeheerder } from '../../../components/rechten';
import { MEDEWERKER_KOLOMMEN, medewerkerRowId } from './columns';
import { MedewerkerForm } from './MedewerkerForm';
import { RegisterGrid } from '../../../components/RegisterGrid';

/** Staff who appear in letters as contact person or signatory. */
export function MedewerkersPage() {
  const lijst = useApi('medewerker.list', {});
  const beheerder = useIsBeheerder();
  const [gekozen, setGekozen] = useState<Medewerker | null>(null);

  return (
    <>
      <PageHeader
        titel="Medewerkers"
        intro="Wie met WZT Backoffice werkt, met welke rollen, en hoe ze in brieven staan als contactpersoon of ondertekenaar. Een nieuwe collega verschijnt hier na de eerste aanmelding, zonder rol: een beheerder kent de rollen toe."
      />
      <Stack gap="lg">
        <RegisterGrid<Medewerker>
          gridId="medewerkers"
          ariaLabel="Lijst van medewerkers"
          query={lijst}
          columnDefs={MEDEWERKER_KOLOMMEN}
          getRowId={medewerkerRowId}
          onSelect={setGekozen}
          onOpen={setGekozen}
          selectedId={gekozen ? String(gekozen.id) : null}
          rijNaam={['medewerker', 'medewerkers']}
          height="36vh"
        />
        {beheerder ? (
          <Paper withBorder p="md">
            <MedewerkerForm gekozen={gekozen} nieuw={() => setGekozen(null)} />
          </Paper>
        ) : (
          <Text size="sm" c="dimmed">
            Alleen een beheerder kan medewerkers toevoegen of wijzigen.
          </Text>
        )}
      </Stack>
    </>
  );
}
