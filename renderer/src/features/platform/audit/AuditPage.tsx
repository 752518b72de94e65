import { useMemo, useState } from 'react';
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { AUDIT_PAGINA } from '../../../../../shared/platform/audit.contract';
import { useReferentie } from '../../../api/hooks';
import { ENTITEIT_LABELS } from '../../../components/labels';
import { PageHeader } from '../../../components/PageHeader';
import { auditKolommen, auditRowId } from './columns';
import { PaginaGrid } from '../../../components/PaginaGrid';
import { DatumVeld } from '../../../components/DatumVeld';

interface Filters {
  entiteit: string;
  gebruiker: string;
  van: string;
  tot: string;
}

const LEEG: Filters = { entiteit: '', gebruiker: '', van: '', tot: '' };

/** The audit trail: who changed what, when and why — paged, sorted, filtered and searched in the core. */
export function AuditPage() {
  const [concept, setConcept] = useState<Filters>(LEEG);
  const [filters, setFilters] = useState<Filters>(LEEG);
  const input = useMemo(() => {
    const i: { entiteit?: string; gebruiker?: string; van?: string; tot?: string } = {};
    if (filters.entiteit) i.entiteit = filters.entiteit;
    if (filters.gebruiker.trim()) i.gebruiker = filters.gebruiker.trim();
    if (filters.van) i.van = filters.van;
    if (filters.tot) i.tot = filters.tot;
    return i;
  }, [filters]);
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
            <DatumVeld label="Van" value={concept.van} onChange={(d) => setConcept({ ...concept, van: d })} w={160} />
            <DatumVeld label="Tot en met" value={concept.tot} onChange={(d) => setConcept({ ...concept, tot: d })} w={160} />
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
        <PaginaGrid
          gridId="audit"
          ariaLabel="Audittrail"
          methode="audit.pagina"
          invoer={input}
          kolommen={AUDIT_PAGINA}
          columnDefs={kolommen}
          getRowId={auditRowId}
          rijNaam={['auditregel', 'auditregels']}
          height="calc(100vh - 360px)"
        />
      </Stack>
    </>
  );
}
