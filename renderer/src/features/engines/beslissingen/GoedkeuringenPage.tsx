import { useCallback, useMemo, useState } from 'react';
import { Input, SegmentedControl, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useApi } from '../../../api/hooks';
import { PageHeader } from '../../../components/PageHeader';
import { useIsOndertekenaar } from '../../../components/rechten';
import { BESLISSING_KOLOMMEN, beslissingRowId, type BeslissingRij } from './columns';
import { RegisterGrid } from '../../../components/RegisterGrid';

type Filter = 'ontwerp' | 'alle';

/** Drafts of decisions waiting for a signatory; anyone may look, only an ondertekenaar approves. */
export function GoedkeuringenPage() {
  const navigate = useNavigate();
  const ondertekenaar = useIsOndertekenaar();
  const [filter, setFilter] = useState<Filter>('ontwerp');
  const lijst = useApi('beslissing.list', filter === 'ontwerp' ? { status: 'ontwerp' } : {});
  const organisaties = useApi('organisatie.list', {});

  const rows = useMemo<BeslissingRij[] | undefined>(() => {
    if (!lijst.data) return undefined;
    const namen = new Map((organisaties.data ?? []).map((o) => [o.id, o.naam]));
    return lijst.data.map((b) => ({ ...b, organisatieNaam: namen.get(b.organisatieId) ?? `Organisatie ${b.organisatieId}` }));
  }, [lijst.data, organisaties.data]);

  const open = useCallback((b: BeslissingRij) => navigate(`/beslissingen/${b.id}`), [navigate]);

  return (
    <>
      <PageHeader
        titel="Goedkeuringen"
        intro={
          ondertekenaar
            ? 'Ontwerpen van beslissingen die op je goedkeuring wachten. Open een ontwerp om de brief te bekijken, goed te keuren en te ondertekenen, of terug te sturen.'
            : 'Ontwerpen van beslissingen die wachten op de goedkeuring van een ondertekenaar. Alleen een ondertekenaar kan ze goedkeuren (vier-ogenprincipe).'
        }
      />
      <Stack gap="sm">
        <RegisterGrid<BeslissingRij>
          gridId="goedkeuringen"
          ariaLabel="Beslissingen"
          query={lijst}
          rijen={rows}
          columnDefs={BESLISSING_KOLOMMEN}
          getRowId={beslissingRowId}
          onOpen={open}
          rijNaam={['beslissing', 'beslissingen']}
          height="calc(100vh - 320px)"
          toolbar={
            <Stack gap={4}>
              <Input.Label component="span" id="beslissingfilter-label">
                Tonen
              </Input.Label>
              <SegmentedControl
                aria-labelledby="beslissingfilter-label"
                value={filter}
                onChange={(v) => setFilter(v as Filter)}
                data={[
                  { value: 'ontwerp', label: 'Wacht op goedkeuring' },
                  { value: 'alle', label: 'Alle beslissingen' },
                ]}
              />
            </Stack>
          }
        />
        <Text size="xs" c="dimmed">
          Dubbelklik of druk Enter op een rij om de beslissing te openen.
        </Text>
      </Stack>
    </>
  );
}
