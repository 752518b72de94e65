import { useCallback, useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { HerinneringenResultaat } from '../../../../../shared/ama-wvg/hernieuwing.contract';
import { call, foutmelding } from '../../../api/client';
import { useApi, useApiMutation, useJob } from '../../../api/hooks';
import { aantalMet, formatAantal } from '../../../components/format';
import { openPdf, savePdf } from '../../../components/pdf';
import { useToast } from '../../../components/Toasts';
import { useMagAanvragen } from './rechten';
import { JobVoortgangBalk } from '../../../components/JobVoortgang';
import { Bevestiging } from '../../../components/Bevestiging';


/**
 * "Herinneringen versturen": one reminder letter per organisation whose recognition ends within the
 * reminder period, with a progress bar from the core's `job.voortgang` events, then the letters and
 * the combined PDF for printing.
 */
export function Herinneringen() {
  const mag = useMagAanvragen();
  const toast = useToast();
  const kandidaten = useApi('hernieuwing.kandidaten', {});
  const batch = useApiMutation('hernieuwing.herinneringen', { invalidates: ['hernieuwing.kandidaten', 'document.list', 'erkenning.list'] });
  const [bevestig, setBevestig] = useState(false);
  const [dubbelzijdig, setDubbelzijdig] = useState(false);
  const job = useJob();
  const voortgang = job.voortgang;
  const [resultaat, setResultaat] = useState<HerinneringenResultaat | null>(null);
  const [fout, setFout] = useState<string | null>(null);

  const start = useCallback(async () => {
    setBevestig(false);
    setFout(null);
    setResultaat(null);
    try {
      const r = await job.run((jobId) => batch.mutateAsync({ jobId, dubbelzijdig }), 'Herinneringen voorbereiden...');
      setResultaat(r);
      toast('succes', 'Herinneringen aangemaakt', `${aantalMet(r.documenten.length, 'brief', 'brieven')} en één PDF om af te drukken.`);
    } catch (err) {
      setFout(foutmelding(err));
    }
  }, [batch, dubbelzijdig, job, toast]);

  const bundel = async (f: typeof openPdf) => {
    if (!resultaat?.bundelDocumentId) return;
    try {
      const d = await call('document.get', { id: resultaat.bundelDocumentId });
      await f(d.pdfBase64, d.bestandsnaam);
    } catch (err) {
      toast('fout', 'PDF niet geopend', foutmelding(err));
    }
  };

  const n = kandidaten.data?.length;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="herinneringen-titel">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id="herinneringen-titel">
              Herinneringen tot hernieuwing
            </Title>
            <Text size="sm" c="dimmed">
              {n === undefined
                ? 'Kandidaten laden...'
                : n === 0
                  ? 'Geen erkenningen die nu een herinnering nodig hebben.'
                  : `${aantalMet(n, 'erkenning vervalt', 'erkenningen vervallen')} binnen de herinneringstermijn zonder herinnering of hernieuwingsaanvraag.`}
            </Text>
          </div>
          {mag && (
            <Button onClick={() => setBevestig(true)} disabled={!n || !!voortgang} loading={!!voortgang}>
              Herinneringen versturen
            </Button>
          )}
        </Group>
        {kandidaten.isError && <Text c="red" size="sm">{foutmelding(kandidaten.error)}</Text>}
        <JobVoortgangBalk voortgang={voortgang} stop={job.stop} label="Voortgang van de herinneringen" />
        {fout && (
          <Alert color="red" role="alert" title="Herinneringen niet aangemaakt">
            {fout}
          </Alert>
        )}
        {resultaat && <Resultaat r={resultaat} bundel={bundel} />}
      </Stack>

      <Bevestiging opened={bevestig} onClose={() => setBevestig(false)} titel="Herinneringen versturen" knop="Ja, versturen" onBevestig={() => void start()}>
        <Text size="sm">
            Voor elke organisatie wordt een herinnering tot hernieuwing uitgegeven en bewaard ({aantalMet(n ?? 0, 'brief', 'brieven')}). Daarna krijg je één
            PDF met alle brieven om af te drukken. Registreer de verzending bij de brieven.
          </Text>
        <Checkbox label="Dubbelzijdig afdrukken (lege pagina na een brief met een oneven aantal pagina's)" checked={dubbelzijdig} onChange={(e) => setDubbelzijdig(e.currentTarget.checked)} />
      </Bevestiging>
    </Paper>
  );
}

function Resultaat({ r, bundel }: { r: HerinneringenResultaat; bundel: (f: typeof openPdf) => Promise<void> }) {
  return (
    <Stack gap="xs" data-testid="herinneringen-resultaat">
      <Text size="sm">
        {aantalMet(r.documenten.length, 'herinnering', 'herinneringen')} uitgegeven
        {r.bundelDocumentId ? `; de PDF om af te drukken telt ${formatAantal(r.bundelPaginas)} pagina's.` : '.'}
      </Text>
      {r.uitOnderbrokenReeks.length > 0 && (
        <Text size="sm">
          De bundel begint met {aantalMet(r.uitOnderbrokenReeks.length, 'herinnering', 'herinneringen')} van een
          eerdere reeks die onderbroken werd voor de bundel klaar was ({r.uitOnderbrokenReeks.map((d) => d.kenmerk).join(', ')}).
        </Text>
      )}
      {r.bundelDocumentId && (
        <Group gap="sm">
          <Button size="xs" onClick={() => void bundel(openPdf)}>
            PDF met alle brieven openen
          </Button>
          <Button size="xs" variant="outline" onClick={() => void bundel(savePdf)}>
            PDF downloaden
          </Button>
        </Group>
      )}
      {r.documenten.length > 0 && (
        <List size="sm" spacing={2}>
          {r.documenten.map((d) => (
            <List.Item key={d.id}>
              <Anchor component={Link} to={`/brieven/${d.id}`} fz="inherit">
                {d.kenmerk}
              </Anchor>{' '}
              {d.organisatieNaam}
            </List.Item>
          ))}
        </List>
      )}
      {r.overgeslagen.length > 0 && (
        <Alert color="orange" variant="light" title={`${r.overgeslagen.length} overgeslagen`}>
          <List size="sm">
            {r.overgeslagen.map((o) => (
              <List.Item key={o.erkenningId}>
                {o.erkenningsnummer ?? `Erkenning ${o.erkenningId}`} {o.organisatieNaam ? `(${o.organisatieNaam})` : ''}: {o.reden}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
