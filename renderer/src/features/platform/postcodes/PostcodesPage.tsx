import { Text } from '@mantine/core';
import { call } from '../../../api/client';
import { useApi, useApiMutation } from '../../../api/hooks';
import { ImportPanel } from '../../../components/ImportPanel';
import { PageHeader } from '../../../components/PageHeader';
import { formatAantal } from '../../../components/format';
import { useIsBeheerder } from '../../../components/rechten';

/**
 * The list of Belgian postcodes (reference data): how much it holds, and for a beheerder the import that replaces it.
 * The organisation form uses it to fill in municipality and region and to warn on a mismatch.
 */
export function PostcodesPage() {
  const stand = useApi('postcode.stand', {});
  const beheerder = useIsBeheerder();
  const importeer = useApiMutation('postcode.importeer', { invalidates: ['postcode.stand', 'postcode.zoek'] });
  const s = stand.data;
  return (
    <>
      <PageHeader
        titel="Postcodes"
        intro="De lijst van Belgische postcodes met hun plaatsen, gemeente en werk- en zorgregio. Bij een organisatie vult de toepassing daarmee de gemeente en de regio in en waarschuwt ze wanneer die niet bij de postcode passen."
      />
      <Text size="sm" mb="md" role="status">
        {!s
          ? 'Laden...'
          : s.plaatsen === 0
            ? 'De lijst is nog leeg: alleen de provincie van een postcode wordt gecontroleerd.'
            : `De lijst telt ${formatAantal(s.plaatsen)} plaatsen onder ${formatAantal(s.postcodes)} postcodes; ${formatAantal(s.metRegio)} plaatsen hebben een werk- en zorgregio.`}
      </Text>
      {beheerder ? (
        <ImportPanel
          uitleg={
            <Text maw={820}>
              Lees de lijst van bpost in (CSV of Excel) met de kolommen postcode, plaatsnaam, gemeente en werk_en_zorgregio (de code of de naam; leeg voor
              Brussel en Wallonië). Het bestand vervangt de hele lijst. Controleer eerst: dan wordt nog niets bewaard.
            </Text>
          }
          importeer={(invoer) => importeer.mutateAsync(invoer)}
          bezig={importeer.isPending}
          gridId="postcodes-rapport"
          naarRegister={{ to: '/organisaties', tekst: () => 'Naar de organisaties' }}
          succesTitel="Postcodes ingelezen"
          voorbeeldbestand={(soort) => call('postcode.voorbeeldbestand', { soort })}
          voorbeeldUitleg="Voorbeeldbestanden met enkele echte plaatsen:"
        />
      ) : (
        <Text size="sm" c="dimmed">
          Alleen een beheerder kan de lijst inlezen.
        </Text>
      )}
    </>
  );
}
