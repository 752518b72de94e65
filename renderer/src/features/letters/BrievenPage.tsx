import { useCallback, useMemo, useState } from 'react';
import { NativeSelect, Stack } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { DOCUMENT_PAGINA, type DocumentMeta } from '../../../../shared/letters/brief.contract';
import { PageHeader } from '../../components/PageHeader';
import { Leeg } from '../../components/States';
import { DOCUMENT_KOLOMMEN, documentRowId } from './columns';
import { DocumentDetail } from './DocumentDetail';
import { PaginaGrid } from '../../components/PaginaGrid';
import { BRIEFTYPE_LABELS } from '../../components/labels';

/** Every kind of letter by its Dutch name, alphabetically, after "all kinds". */
const SOORTEN = [
  { value: '', label: 'Alle soorten' },
  ...Object.entries(BRIEFTYPE_LABELS)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
];

/** All issued letters; the selected one (route `/brieven/:id`) shows its details and sending register. */
export function BrievenPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const kies = useCallback(
    (d: DocumentMeta | null) => d && navigate(`/brieven/${d.id}`, { replace: true }),
    [navigate],
  );
  const gekozen = id ? Number(id) : null;
  const [soort, setSoort] = useState('');
  const invoer = useMemo(() => (soort ? { briefType: soort } : {}), [soort]);

  return (
    <>
      <PageHeader
        titel="Brieven"
        intro="Elke uitgegeven brief is onveranderlijk bewaard als PDF. Kies een brief om ze te openen of om de verzending te registreren."
      />
      <Stack gap="lg">
        <PaginaGrid
          gridId="brieven"
          ariaLabel="Lijst van brieven"
          methode="document.pagina"
          invoer={invoer}
          kolommen={DOCUMENT_PAGINA}
          columnDefs={DOCUMENT_KOLOMMEN}
          getRowId={documentRowId}
          onSelect={kies}
          onOpen={kies}
          selectedId={gekozen ? String(gekozen) : null}
          rijNaam={['brief', 'brieven']}
          tweeRegels
          height="48vh"
          toolbar={<NativeSelect label="Soort brief" value={soort} onChange={(e) => setSoort(e.currentTarget.value)} data={SOORTEN} w={300} />}
        />
        {gekozen && Number.isInteger(gekozen) ? (
          <DocumentDetail id={gekozen} />
        ) : (
          <Leeg>Kies een brief in de lijst om de details te zien.</Leeg>
        )}
      </Stack>
    </>
  );
}
