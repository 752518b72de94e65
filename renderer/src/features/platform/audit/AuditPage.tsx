import { useMemo, useState } from 'react';
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { AuditRij } from '../../../../../shared/platform/audit.contract';
import type { Input } from '../../../../../shared/api/contract';
import { useApi, useReferentie } from '../../../api/hooks';
import { formatAantal } from '../../../components/format';
import { ENTITEIT_LABELS } from '../../../components/labels';
import { PageHeader } from '../../../components/PageHeader';
import { auditKolommen, auditRowId } from './columns';
import { RegisterGrid } from '../../../components/RegisterGrid';

interface Filters {
  entiteit: string;
  gebruiker: string;
  van: string;
  tot: string;
}

const LEEG: Filters = { entiteit: '', gebruiker: '', van: '', tot: '' };
const LIMIET = 5000;

/** The audit trail: who changed what, when and why. Filters go to the core; the grid sorts and searches. */
export function AuditPage() {
  const [concept, setConcept] = useState<Filters>(LEEG);
  const [filters, setFilters] = useState<Filters>(LEEG);
  const input = useMemo(() => {
    const i: Input<'audit.list'> = { limit: LIMIET };
    if (filters.entiteit) i.entiteit = filters.entiteit;
    if (filters.gebruiker.trim()) i.gebruiker = filters.gebruiker.trim();
    if (filters.van) i.van = filters.van;
    if (filters.tot) i.tot = filters.tot;
    return i;
  }, [filters]);
  const audit = useApi('audit.list', input);
  const ref = useReferentie().data;
  const kolommen = useMemo(() => auditKolommen(ref), [ref]);

  const veld = (k: keyof Filters) => ({
    value: concept[k],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setConcept({ ...concept, [k]: e.currentTarget.value }),
  });

  return (
    <>
      <PageHeader titel="Audit" intro="Elke wijziging met wie, wanneer, wat (oud → nieuw) en waarom. Nieuwste eerst." />
      <Stack gap="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setFilters(concept);
          }}
          aria-label="Filters audittrail"
        >
          <Group align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label="Entiteit"
              data={[{ value: '', label: 'Alle' }, ...Object.entries(ENTITEIT_LABELS).map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'nl'))]}
              {...veld('entiteit')}
            />
            <TextInput label="Gebruiker" title="De volledige naam, zoals in de kolom Gebruiker" {...veld('gebruiker')} />
            <TextInput label="Van" type="date" {...veld('van')} />
            <TextInput label="Tot en met" type="date" {...veld('tot')} />
            <Button type="submit">Filters toepassen</Button>
            <Button
              variant="default"
              onClick={() => {
                setConcept(LEEG);
                setFilters(LEEG);
              }}
            >
              Filters wissen
            </Button>
          </Group>
        </form>
        <RegisterGrid<AuditRij>
          gridId="audit"
          ariaLabel="Audittrail"
          query={audit}
          columnDefs={kolommen}
          getRowId={auditRowId}
          laden={audit.isFetching}
          rijNaam={['auditregel', 'auditregels']}
          height="calc(100vh - 360px)"
        />
        {audit.data?.length === LIMIET && (
          <Text size="sm" c="dimmed">
            Alleen de {formatAantal(LIMIET)} nieuwste regels worden getoond. Verfijn de filters om oudere te zien.
          </Text>
        )}
      </Stack>
    </>
  );
}
