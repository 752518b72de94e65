import { useMemo, useState } from 'react';
import { Alert, Anchor, Button, FileInput, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ImportModus } from '../../../../shared/api/import';
import type { OvergangImportResultaat } from '../../../../shared/api/overgang';
import { foutmelding } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { DataGrid } from '../../components/DataGrid';
import { formatAantal } from '../../components/format';
import { useToast } from '../../components/Toasts';
import { MELDING_KOLOMMEN, type MeldingRij } from './overgangKolommen';
import { useMagAanvragen } from './rechten';

/** File → base64 without the data-URL prefix. */
function leesBase64(f: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(new Error('Het bestand kon niet gelezen worden.'));
    r.readAsDataURL(f);
  });
}

/**
 * Transitional import (art. 72–73): first "Controleren" (nothing is written) with the report per row,
 * then "Alles importeren" when there are no errors, or, after confirmation, only the valid rows.
 */
export function OvergangTab() {
  const mag = useMagAanvragen();
  const toast = useToast();
  const importeer = useApiMutation('overgang.importeer', { invalidates: ['erkenning.list'] });
  const [bestand, setBestand] = useState<File | null>(null);
  const [controle, setControle] = useState<OvergangImportResultaat | null>(null);
  const [import_, setImport] = useState<OvergangImportResultaat | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const [bevestig, setBevestig] = useState(false);

  const voerUit = async (modus: ImportModus) => {
    if (!bestand) return;
    setFout(null);
    try {
      const r = await importeer.mutateAsync({ bestandsnaam: bestand.name, inhoudBase64: await leesBase64(bestand), modus });
      if (modus === 'controleer') {
        setControle(r);
        setImport(null);
      } else {
        setImport(r);
        setControle(null);
        toast(r.geimporteerd ? 'succes' : 'info', r.geimporteerd ? 'Erkenningen geïmporteerd' : 'Niets geïmporteerd', r.rapport.samenvatting);
      }
    } catch (err) {
      setFout(foutmelding(err));
    }
  };

  const meldingen = useMemo<MeldingRij[] | undefined>(() => controle?.rapport.meldingen.map((m, i) => ({ ...m, nr: i })), [controle]);

  if (!mag) {
    return <Text>Alleen een dossierbeheerder van het Departement Zorg kan erkenningen uit de overgangsregeling importeren.</Text>;
  }
  const r = controle?.rapport;

  return (
    <Stack gap="md" maw={1100}>
      <Text maw={760}>
        Erkenningen die op 1 januari 2024 liepen, lopen van rechtswege verder voor hun resterende duur (BVR art. 72–73); die van
        onderwijsinstellingen en psychiatrische afdelingen van algemene ziekenhuizen eindigden op 31/12/2023. Importeer ze uit een CSV- of
        Excelbestand met de kolommen ondernemingsnummer, erkenningsnummer, geldig_van en geldig_tot. Controleer eerst: dan wordt nog niets
        bewaard.
      </Text>
      <Group align="flex-end">
        <FileInput
          label="Bestand"
          description="CSV (.csv) of Excel (.xlsx), hoogstens 10 MB"
          placeholder="Kies een bestand"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={bestand}
          onChange={(f) => {
            setBestand(f);
            setControle(null);
            setImport(null);
            setFout(null);
          }}
          clearable
          w={380}
        />
        <Button onClick={() => void voerUit('controleer')} disabled={!bestand} loading={importeer.isPending && !bevestig}>
          Controleren
        </Button>
      </Group>
      {fout && (
        <Alert color="red" role="alert" title="Niet gelukt">
          {fout}
        </Alert>
      )}
      {r && (
        <Paper withBorder p="md" component="section" aria-labelledby="rapport-titel" data-testid="importrapport">
          <Stack gap="sm">
            <Title order={2} size="h4" id="rapport-titel">
              Controle van {r.bestandsnaam}
            </Title>
            <Text size="sm">{r.samenvatting}</Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} maw={600}>
              <Getal label="Rijen" n={r.aantalRijen} />
              <Getal label="Geldig" n={r.geldigeRijen} />
              <Getal label="Met fouten" n={r.foutieveRijen} />
            </SimpleGrid>
            {meldingen && meldingen.length > 0 && (
              <DataGrid<MeldingRij>
                gridId="overgang-rapport"
                ariaLabel="Meldingen van de controle"
                rowData={meldingen}
                columnDefs={MELDING_KOLOMMEN}
                getRowId={(m) => String(m.nr)}
                rijNaam={['melding', 'meldingen']}
                height={320}
              />
            )}
            <Group>
              {r.foutieveRijen === 0 ? (
                <Button onClick={() => void voerUit('alles-of-niets')} disabled={r.geldigeRijen === 0} loading={importeer.isPending}>
                  Alles importeren
                </Button>
              ) : (
                <Button color="orange" onClick={() => setBevestig(true)} disabled={r.geldigeRijen === 0}>
                  Enkel geldige rijen importeren
                </Button>
              )}
            </Group>
          </Stack>
        </Paper>
      )}
      {import_ && (
        <Alert color={import_.geimporteerd ? 'green' : 'orange'} title={import_.geimporteerd ? 'Geïmporteerd' : 'Niets geïmporteerd'} data-testid="importresultaat">
          <Text size="sm">{import_.rapport.samenvatting}</Text>
          {import_.geimporteerd > 0 && (
            <Anchor component={Link} to="/erkenningen/register" size="sm">
              Naar het register ({formatAantal(import_.geimporteerd)} nieuwe erkenningen)
            </Anchor>
          )}
        </Alert>
      )}
      <Modal opened={bevestig} onClose={() => setBevestig(false)} title="Enkel geldige rijen importeren" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
        <Stack gap="sm">
          <Text size="sm">
            {formatAantal(r?.geldigeRijen ?? 0)} geldige rijen worden geïmporteerd; {formatAantal(r?.foutieveRijen ?? 0)} rijen met fouten worden
            weggelaten. Verbeter die rijen in het bestand en importeer ze later opnieuw.
          </Text>
          <Group>
            <Button
              color="orange"
              loading={importeer.isPending}
              data-autofocus
              onClick={() => void voerUit('enkel-geldige').finally(() => setBevestig(false))}
            >
              Ja, enkel de geldige rijen importeren
            </Button>
            <Button variant="default" onClick={() => setBevestig(false)}>
              Annuleren
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function Getal({ label, n }: { label: string; n: number }) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz={22}>
        {formatAantal(n)}
      </Text>
    </Paper>
  );
}
