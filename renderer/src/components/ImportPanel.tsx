import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Anchor, Button, FileInput, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ImportModus, ImportResultaat } from '../../../shared/platform/import.contract';
import { foutmelding } from '../api/client';
import { DataGrid } from './DataGrid';
import { formatAantal } from './format';
import { MELDING_KOLOMMEN, type MeldingRij } from './importKolommen';
import { useToast } from './Toasts';
import { Bevestiging } from './Bevestiging';
import { JobVoortgangBalk } from './JobVoortgang';
import { saveBestand } from './pdf';
import type { JobVoortgang } from '../api/hooks';

/** File → base64 without the data-URL prefix. */
export function leesBase64(f: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(new Error('Het bestand kon niet gelezen worden.'));
    r.readAsDataURL(f);
  });
}

export interface ImportInvoer {
  bestandsnaam: string;
  inhoudBase64: string;
  modus: ImportModus;
}

interface Props<R extends ImportResultaat> {
  /** What the file must contain (columns, rules). */
  uitleg: ReactNode;
  importeer: (invoer: ImportInvoer) => Promise<R>;
  bezig: boolean;
  /** Progress of a running import (from job.voortgang), when the import reports it. */
  voortgang?: JobVoortgang | null;
  /** Grid id of the report (remembers column widths). */
  gridId: string;
  /** Where the imported records are listed, and how to say how many. */
  naarRegister: { to: string; tekst: (n: number) => string };
  /** Title of the success message, e.g. "Overeenkomsten geïmporteerd". */
  succesTitel: string;
  /** Sample files that fit this store (valid, and with the typical mistakes), when the import offers them. */
  voorbeeldbestand?: (soort: 'geldig' | 'met-fouten') => Promise<{ bestandsnaam: string; inhoudBase64: string }>;
  /** What the sample files are (default: made from this store's own data). */
  voorbeeldUitleg?: string;
}

/**
 * A CSV/XLSX import with its validation report: first "Controleren" (nothing is written) with the
 * messages per row and field, then "Alles importeren" when there are no errors (all or nothing), or,
 * after confirmation, only the valid rows. Used by every import of the application.
 */
export function ImportPanel<R extends ImportResultaat>({ uitleg, importeer, bezig, voortgang, gridId, naarRegister, succesTitel, voorbeeldbestand, voorbeeldUitleg = 'Voorbeeldbestanden die passen bij de gegevens van deze databank:' }: Props<R>) {
  const toast = useToast();
  const [bestand, setBestand] = useState<File | null>(null);
  const [controle, setControle] = useState<R | null>(null);
  const [resultaat, setResultaat] = useState<R | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const [bevestig, setBevestig] = useState(false);

  const voerUit = async (modus: ImportModus) => {
    if (!bestand) return;
    setFout(null);
    try {
      const r = await importeer({ bestandsnaam: bestand.name, inhoudBase64: await leesBase64(bestand), modus });
      if (modus === 'controleer') {
        setControle(r);
        setResultaat(null);
      } else {
        setResultaat(r);
        setControle(r.geimporteerd ? null : r);
        toast(r.geimporteerd ? 'succes' : 'info', r.geimporteerd ? succesTitel : 'Niets geïmporteerd', r.rapport.samenvatting);
      }
    } catch (err) {
      setFout(foutmelding(err));
    }
  };

  const meldingen = useMemo<MeldingRij[] | undefined>(() => controle?.rapport.meldingen.map((m, i) => ({ ...m, nr: i })), [controle]);
  const r = controle?.rapport;

  return (
    <Stack gap="md" maw={1100}>
      <div>{uitleg}</div>
      {voorbeeldbestand && (
        <Group gap="xs" role="group" aria-label="Voorbeeldbestanden">
          <Text size="sm">{voorbeeldUitleg}</Text>
          {(['geldig', 'met-fouten'] as const).map((soort) => (
            <Button
              key={soort}
              size="compact-sm"
              variant="light"
              onClick={() => {
                setFout(null);
                voorbeeldbestand(soort)
                  .then((b) => saveBestand(b.inhoudBase64, b.bestandsnaam))
                  .catch((err: unknown) => setFout(foutmelding(err)));
              }}
            >
              {soort === 'geldig' ? 'Geldig voorbeeld' : 'Voorbeeld met typische fouten'}
            </Button>
          ))}
        </Group>
      )}
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
            setResultaat(null);
            setFout(null);
          }}
          clearable
          w={380}
        />
        <Button onClick={() => void voerUit('controleer')} disabled={!bestand} loading={bezig && !bevestig}>
          Controleren
        </Button>
      </Group>
      {bezig && <JobVoortgangBalk voortgang={voortgang ?? null} label="Voortgang van de import" />}
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
                gridId={gridId}
                ariaLabel="Meldingen van de controle"
                rowData={meldingen}
                columnDefs={MELDING_KOLOMMEN}
                getRowId={(m) => String(m.nr)}
                rijNaam={['melding', 'meldingen']}
                height={320}
              />
            )}
            <Group>
              <Button onClick={() => void voerUit('alles-of-niets')} disabled={r.geldigeRijen === 0} loading={bezig && !bevestig}>
                Alles importeren
              </Button>
              {r.foutieveRijen > 0 && (
                <Button color="orange" variant="outline" onClick={() => setBevestig(true)} disabled={r.geldigeRijen === 0}>
                  Enkel geldige rijen importeren
                </Button>
              )}
            </Group>
            {r.foutieveRijen > 0 && (
              <Text size="sm" c="dimmed">
                "Alles importeren" bewaart niets zolang er rijen met fouten zijn: verbeter het bestand en controleer opnieuw, of kies uitdrukkelijk
                om enkel de geldige rijen te importeren.
              </Text>
            )}
          </Stack>
        </Paper>
      )}
      {resultaat && (
        <Alert color={resultaat.geimporteerd ? 'green' : 'orange'} title={resultaat.geimporteerd ? 'Geïmporteerd' : 'Niets geïmporteerd'} data-testid="importresultaat">
          <Text size="sm">{resultaat.rapport.samenvatting}</Text>
          {resultaat.geimporteerd > 0 && (
            <Anchor component={Link} to={naarRegister.to} size="sm">
              {naarRegister.tekst(resultaat.geimporteerd)}
            </Anchor>
          )}
        </Alert>
      )}
      <Bevestiging
        opened={bevestig}
        onClose={() => setBevestig(false)}
        titel="Enkel geldige rijen importeren"
        knop="Ja, enkel de geldige rijen importeren"
        kleur="orange"
        bezig={bezig}
        onBevestig={() => void voerUit('enkel-geldige').finally(() => setBevestig(false))}
      >
        <Text size="sm">
          {(r?.geldigeRijen ?? 0) === 1 ? '1 geldige rij wordt' : `${formatAantal(r?.geldigeRijen ?? 0)} geldige rijen worden`} geïmporteerd;{' '}
          {(r?.foutieveRijen ?? 0) === 1
            ? '1 rij met fouten wordt weggelaten. Verbeter die rij in het bestand en importeer ze later opnieuw.'
            : `${formatAantal(r?.foutieveRijen ?? 0)} rijen met fouten worden weggelaten. Verbeter die rijen in het bestand en importeer ze later opnieuw.`}
        </Text>
      </Bevestiging>
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
