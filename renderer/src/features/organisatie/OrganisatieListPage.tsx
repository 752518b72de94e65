import { useCallback, useMemo, useState } from 'react';
import { Button, Input, Kbd, SegmentedControl, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { ORGANISATIE_PAGINA, type OrganisatieRij } from '../../../../shared/organisatie/organisatie.contract';
import { PageHeader } from '../../components/PageHeader';
import { useIsDossierbeheerder } from '../../components/rechten';
import { ORGANISATIE_KOLOMMEN, organisatieRowId } from './columns';
import { PaginaGrid } from '../../components/PaginaGrid';

type StatusFilter = 'alle' | 'actief' | 'stopgezet';

/** The organisation register, paged, sorted, filtered and searched in the database. */
export function OrganisatieListPage() {
  const navigate = useNavigate();
  const magWijzigen = useIsDossierbeheerder();
  const [status, setStatus] = useState<StatusFilter>('alle');
  const invoer = useMemo(() => ({ status: status === 'alle' ? undefined : status }), [status]);

  const nieuw = useCallback(() => navigate('/organisaties/nieuw'), [navigate]);
  const open = useCallback((r: OrganisatieRij) => navigate(`/organisaties/${r.id}`), [navigate]);

  useHotkeys(magWijzigen ? [['alt+N', nieuw]] : []);

  return (
    <>
      <PageHeader
        titel="Organisaties"
        intro="Alle organisaties die een erkenning, mandaat of contingent aanvragen of hebben. Dubbelklik of druk Enter op een rij om ze te openen."
        acties={
          magWijzigen && (
            <Button onClick={nieuw} aria-keyshortcuts="Alt+N" title="Sneltoets Alt+N">
              Nieuwe organisatie
            </Button>
          )
        }
      />
      <Stack gap="sm">
        <PaginaGrid
          gridId="organisaties"
          ariaLabel="Lijst van organisaties"
          methode="organisatie.pagina"
          invoer={invoer}
          kolommen={ORGANISATIE_PAGINA}
          columnDefs={ORGANISATIE_KOLOMMEN}
          getRowId={organisatieRowId}
          onOpen={open}
          rijNaam={['organisatie', 'organisaties']}
          height="calc(100vh - 300px)"
          toolbar={
            <Stack gap={4}>
              <Input.Label component="span" id="statusfilter-label">
                Status
              </Input.Label>
              <SegmentedControl
                aria-labelledby="statusfilter-label"
                value={status}
                onChange={(v) => setStatus(v as StatusFilter)}
                data={[
                  { value: 'alle', label: 'Alle' },
                  { value: 'actief', label: 'Actief' },
                  { value: 'stopgezet', label: 'Stopgezet' },
                ]}
              />
            </Stack>
          }
        />
        {magWijzigen && (
          <Text size="xs" c="dimmed">
            Sneltoets: <Kbd>Alt</Kbd> + <Kbd>N</Kbd> voor een nieuwe organisatie.
          </Text>
        )}
      </Stack>
    </>
  );
}
