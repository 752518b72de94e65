import { useState } from 'react';
import { Alert, Anchor, Button, Group, Modal, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ObjectievenEditor } from './ObjectievenEditor';
import { rapportWaarde } from '../../../../shared/rapport/format';
import { JaarverslagGrafieken, JaarverslagUitgave } from './JaarverslagUitgave';
import type { RapportKolom, RapportTabel } from '../../../../shared/rapport/contract';
import { call, foutmelding } from '../../api/client';
import { useApi, useSessie } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Fout, Laden } from '../../components/States';
import { aantalMet, formatDatum } from '../../components/format';
import { saveBestand } from '../../components/pdf';
import { DatumVeld } from '../../components/DatumVeld';

const waarde = (k: RapportKolom, w: number | null | undefined) => rapportWaarde(k.soort, w);

/** The yearly report to the Vlaamse Regering (seed 004) counted from the registers as of a peildatum, with its XLSX export. */
export function JaarverslagPage() {
  const vandaag = useSessie().data?.vandaag ?? '';
  const laatste = (Number(vandaag.slice(0, 4)) || 2026) - 1;
  const [jaar, setJaar] = useState(String(laatste));
  const [peildatum, setPeildatum] = useState('');
  const geldig = peildatum || undefined;
  const v = useApi('rapport.jaarverslag', { jaar: Number(jaar), peildatum: geldig });
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const [cel, setCel] = useState<{ tabelId: string; sleutel: string | null; kolomId: string } | null>(null);
  const exporteer = async () => {
    setFout(null);
    setBezig(true);
    try {
      const r = await call('rapport.exporteer', { jaar: Number(jaar), peildatum: geldig, formaat: 'xlsx' });
      await saveBestand(r.inhoudBase64, r.bestandsnaam);
    } catch (err) {
      setFout(foutmelding(err));
    } finally {
      setBezig(false);
    }
  };
  return (
    <>
      <PageHeader
        titel="Jaarverslag werk- en zorgtrajecten"
        intro="De tabellen van het jaarverslag aan de Vlaamse Regering, geteld uit de registers zoals de feiten waren op de peildatum (standaard 31 maart van het volgende jaar)."
        acties={
          <Button variant="outline" onClick={() => void exporteer()} loading={bezig}>
            Excel (XLSX)
          </Button>
        }
      />
      <Group align="end" mb="md">
        <NativeSelect label="Jaar" value={jaar} onChange={(e) => setJaar(e.currentTarget.value)} w={120}
          data={Array.from({ length: laatste - 2017 }, (_, i) => String(laatste - i))} />
        <DatumVeld label="Peildatum" value={peildatum || `${Number(jaar) + 1}-03-31`} onChange={setPeildatum} w={180} />
      </Group>
      {fout && <Alert color="red" role="alert" title="Niet geëxporteerd" mb="md">{fout}</Alert>}
      {v.isError ? <Fout error={v.error} titel="Jaarverslag niet beschikbaar" opnieuw={() => void v.refetch()} /> : !v.data ? <Laden /> : (
        <Stack gap="xl">
          <Text size="sm">Peildatum {formatDatum(v.data.peildatum)}. Klik op een cijfer om de dossiers erachter te zien.</Text>
          <JaarverslagUitgave v={v.data} />
          {v.data.tabellen.map((t) => <RapportTabelView key={t.id} t={t} open={(sleutel, kolom) => setCel({ tabelId: t.id, sleutel, kolomId: kolom })} />)}
          <JaarverslagGrafieken jaar={Number(jaar)} peildatum={geldig} />
          <ObjectievenEditor jaar={Number(jaar)} />
        </Stack>
      )}
      <DossiersAchterCijfer cel={cel} jaar={Number(jaar)} peildatum={geldig} sluit={() => setCel(null)} />
    </>
  );
}

/** Counts of dossiers can be opened; amounts, percentages and objectives are not a list of dossiers. */
const OPENBAAR = new Set(['begeleiders', 'overeenkomsten', 'deelnemers', 'aanvaard', 'bezig', 'vervroegdStopgezet', 'afgesloten', 'definitiefToegeleid', 'aantalVanaf80', 'aantalOnder60', 'samenwerkingsverbanden', 'organisaties', 'runs', 'begunstigden', 'plaatsen', 'gemiddeldeInvulling', 'betaaldCent', 'teruggevorderdCent', 'trajecten']);

function Cijfer({ k, w, open }: { k: RapportKolom; w: number | null | undefined; open: () => void }) {
  const tekst = waarde(k, w);
  if (!OPENBAAR.has(k.id) || !w) return <>{tekst}</>;
  return (
    <Anchor component="button" type="button" onClick={open} underline="always" aria-label={`${tekst}: toon de dossiers`}>
      {tekst}
    </Anchor>
  );
}

function DossiersAchterCijfer({ cel, jaar, peildatum, sluit }: { cel: { tabelId: string; sleutel: string | null; kolomId: string } | null; jaar: number; peildatum?: string; sluit: () => void }) {
  const d = useApi('rapport.dossiers', { jaar, peildatum, tabelId: cel?.tabelId ?? '', sleutel: cel?.sleutel ?? null, kolomId: cel?.kolomId ?? '' }, { enabled: cel !== null });
  return (
    <Modal opened={cel !== null} onClose={sluit} title={d.data?.titel ?? 'Dossiers achter het cijfer'} size="xl" closeButtonProps={{ 'aria-label': 'Sluiten' }}>
      {d.isError ? <Fout error={d.error} /> : !d.data ? <Laden /> : (
        <Stack gap="xs">
          <Text size="sm">{aantalMet(d.data.aantal, 'dossier', 'dossiers')}.</Text>
          <Table striped withTableBorder aria-label="Dossiers achter het cijfer">
            <Table.Tbody>
              {d.data.dossiers.map((x) => (
                <Table.Tr key={`${x.soort}-${x.id}`}>
                  <Table.Td>{x.link ? <Anchor component={Link} to={x.link} onClick={sluit} underline="always">{x.label}</Anchor> : x.label}</Table.Td>
                  <Table.Td>{x.detail}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Modal>
  );
}

function RapportTabelView({ t, open }: { t: RapportTabel; open: (sleutel: string | null, kolom: string) => void }) {
  const leeg = t.rijen.length === 0 || t.rijen.every((r) => t.kolommen.every((k) => !r.waarden[k.id]));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${t.id}-titel`} data-testid={`rapport-${t.id}`}>
      <Title order={2} size="h4" id={`${t.id}-titel`}>{t.titel}</Title>
      <Text size="xs" c="dimmed" mb="xs">Bron: {t.bron}</Text>
      {leeg && <Text size="sm" mb="xs">Het register bevat voor dit jaar nog niets dat in deze tabel telt.</Text>}
      <Table.ScrollContainer minWidth={600}>
        <Table striped withTableBorder aria-labelledby={`${t.id}-titel`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              {t.kolommen.map((k) => <Table.Th key={k.id} ta="right">{k.titel}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {t.rijen.map((r) => (
              <Table.Tr key={r.sleutel}>
                <Table.Td>{r.label}</Table.Td>
                {t.kolommen.map((k) => <Table.Td key={k.id} ta="right"><Cijfer k={k} w={r.waarden[k.id]} open={() => open(r.sleutel, k.id)} /></Table.Td>)}
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Td>Totaal</Table.Td>
              {t.kolommen.map((k) => <Table.Td key={k.id} ta="right"><Cijfer k={k} w={t.totaal[k.id]} open={() => open(null, k.id)} /></Table.Td>)}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" mt="xs">{t.toelichting}</Text>
    </Paper>
  );
}
