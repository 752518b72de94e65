import { useState } from 'react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Parameter } from '../../../../../shared/platform/parameter.contract';
import { useApi } from '../../../api/hooks';
import { PageHeader } from '../../../components/PageHeader';
import { useIsBeheerder } from '../../../components/rechten';
import { PARAMETER_KOLOMMEN, parameterRowId } from './columns';
import { ParameterForm } from './ParameterForm';
import { RegisterGrid } from '../../../components/RegisterGrid';

/** Every amount, percentage and deadline with its validity periods and legal basis. */
export function ParametersPage() {
  const lijst = useApi('parameter.list', {});
  const beheerder = useIsBeheerder();
  const [gekozen, setGekozen] = useState<Parameter | null>(null);

  return (
    <>
      <PageHeader
        titel="Parameters"
        intro="Bedragen, percentages en termijnen met hun geldigheidsperiode en wettelijke basis. De toepassing rekent altijd met de waarde die geldt op de datum in kwestie."
        acties={
          <Group gap="xs">
            <Button component={Link} to="/parameters/termijn" variant="outline">
              Termijn berekenen
            </Button>
            <Button component={Link} to="/parameters/postcodes" variant="outline">
              Postcodes
            </Button>
          </Group>
        }
      />
      <Stack gap="lg">
        <RegisterGrid<Parameter>
          gridId="parameters"
          ariaLabel="Lijst van parameters"
          query={lijst}
          columnDefs={PARAMETER_KOLOMMEN}
          getRowId={parameterRowId}
          onSelect={setGekozen}
          onOpen={setGekozen}
          rijNaam={['periode', 'periodes']}
          height={beheerder ? '42vh' : 'calc(100vh - 300px)'}
        />
        {beheerder ? (
          <Paper withBorder p="md">
            <ParameterForm gekozen={gekozen} alle={lijst.data ?? []} />
          </Paper>
        ) : (
          <Text size="sm" c="dimmed">
            Alleen een beheerder kan een nieuwe periode toevoegen. Je ziet de parameters ter inzage.
          </Text>
        )}
      </Stack>
    </>
  );
}
