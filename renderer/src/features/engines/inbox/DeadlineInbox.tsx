import { useCallback, useMemo, useState } from 'react';
import { Group, NativeSelect, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { BINNENKORT_DAGEN, type InboxItem } from '../../../../../shared/engines/inbox.contract';
import { useApi, useSessie } from '../../../api/hooks';
import { formatAantal } from '../../../components/format';
import { INBOX_KOLOMMEN, inboxRowId } from './columns';
import { RegisterGrid } from '../../../components/RegisterGrid';

const MIJN = '__mijn__';
const ALLE = '__alle__';

/**
 * The deadline inbox: every open dossier with its next legal deadline, the most urgent first.
 * Filter on "mijn dossiers" or on one officer; Enter or double-click opens the dossier.
 */
export function DeadlineInbox() {
  const navigate = useNavigate();
  const sessie = useSessie().data;
  const ik = sessie?.medewerkerId ?? null;
  const inbox = useApi('inbox.list', {});
  // Officers who handle dossiers start with their own; readers, signatories and administrators with all.
  const standaard = sessie?.rol === 'zorg-dossierbeheerder' || sessie?.rol === 'wse-dossierbeheerder' ? MIJN : ALLE;
  const [gekozen, setFilter] = useState<string | null>(null);
  const filter = gekozen ?? standaard;

  // Officers by staff id (names are display: two officers may share one, a name may change).
  const behandelaars = useMemo(() => {
    const perId = new Map((inbox.data ?? []).filter((i) => i.behandelaarId !== null).map((i) => [i.behandelaarId, i.behandelaar ?? '']));
    return [...perId].map(([id, naam]) => ({ value: String(id), label: naam })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  }, [inbox.data]);
  const rows = useMemo(() => {
    const all = inbox.data;
    if (!all || filter === ALLE) return all;
    const id = filter === MIJN ? ik : Number(filter);
    // "Mine" includes the work of my department that is nobody's in particular (proofs due, a settlement date).
    const mijnDepartement = sessie?.rol === 'wse-dossierbeheerder' ? 'WSE' : 'ZORG';
    return all.filter((i) => i.behandelaarId === id || (filter === MIJN && i.behandelaarId === null && (i.departement ?? 'ZORG') === mijnDepartement));
  }, [inbox.data, filter, ik, sessie?.rol]);

  const teLaat = rows?.filter((i) => i.urgentie === 'te-laat').length ?? 0;
  const binnenkort = rows?.filter((i) => i.urgentie === 'binnenkort').length ?? 0;
  const open = useCallback((i: InboxItem) => navigate(i.link), [navigate]);

  return (
    <section aria-labelledby="inbox-titel">
      <Group justify="space-between" align="flex-end" mb="xs">
        <div>
          <Title order={2} size="h3" id="inbox-titel">
            Termijnen
          </Title>
          <Text size="sm" c="dimmed">
            Elk open dossier met zijn volgende wettelijke termijn. Dubbelklik of druk Enter op een rij om het dossier te openen.
          </Text>
        </div>
        {rows && (
          <Text size="sm" data-testid="inbox-samenvatting">
            <strong>{formatAantal(teLaat)}</strong> te laat, <strong>{formatAantal(binnenkort)}</strong> binnenkort (binnen {BINNENKORT_DAGEN} dagen)
          </Text>
        )}
      </Group>
      <RegisterGrid<InboxItem>
        gridId="inbox"
        ariaLabel="Termijnen van open dossiers"
        query={inbox}
        rijen={rows}
        columnDefs={INBOX_KOLOMMEN}
        getRowId={inboxRowId}
        onOpen={open}
        rijNaam={['dossier', 'dossiers']}
        height={360}
        toolbar={
          <NativeSelect
            label="Behandelaar"
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            data={[
              { value: MIJN, label: 'Mijn dossiers' },
              { value: ALLE, label: 'Alle behandelaars' },
              ...behandelaars,
            ]}
            w={240}
          />
        }
      />
      {rows && rows.length === 0 && filter === MIJN && (inbox.data?.length ?? 0) > 0 && (
        <Text size="sm" mt="xs">
          Je behandelt geen open dossiers. Kies "Alle behandelaars" om alle open dossiers te zien.
        </Text>
      )}
    </section>
  );
}
