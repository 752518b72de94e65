import { useCallback } from 'react';
import { Stack } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { DOCUMENT_PAGINA, type DocumentMeta } from '../../../../shared/letters/brief.contract';
import { PageHeader } from '../../components/PageHeader';
import { Leeg } from '../../components/States';
import { DOCUMENT_KOLOMMEN, documentRowId } from './columns';
import { DocumentDetail } from './DocumentDetail';
import { PaginaGrid } from '../../components/PaginaGrid';

const GEEN_FILTER = {};

/** All issued letters; the selected one (route `/brieven/:id`) shows its details and sending register. */
export function BrievenPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const kies = useCallback(
    (d: DocumentMeta | null) => d && navigate(`/brieven/${d.id}`, { replace: true }),
    [navigate],
  );
  const gekozen = id ? Number(id) : null;

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
          invoer={GEEN_FILTER}
          kolommen={DOCUMENT_PAGINA}
          columnDefs={DOCUMENT_KOLOMMEN}
          getRowId={documentRowId}
          onSelect={kies}
          onOpen={kies}
          selectedId={gekozen ? String(gekozen) : null}
          rijNaam={['brief', 'brieven']}
          tweeRegels
          height="48vh"
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
