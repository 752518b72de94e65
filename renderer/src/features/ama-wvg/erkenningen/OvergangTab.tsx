import { Text } from '@mantine/core';
import { call } from '../../../api/client';
import { useApiMutation } from '../../../api/hooks';
import { ImportPanel } from '../../../components/ImportPanel';
import { formatAantal } from '../../../components/format';
import { useMagAanvragen } from './rechten';

/** Transitional import (art. 72–73) of recognitions that continue by law, with its validation report. */
export function OvergangTab() {
  const mag = useMagAanvragen();
  const importeer = useApiMutation('overgang.importeer', { invalidates: ['erkenning.list'] });
  if (!mag) {
    return <Text>Alleen een dossierbeheerder van het Departement Zorg kan erkenningen uit de overgangsregeling importeren.</Text>;
  }
  return (
    <ImportPanel
      uitleg={
        <Text maw={760}>
          Erkenningen die op 1 januari 2024 liepen, lopen van rechtswege verder voor hun resterende duur (BVR art. 72–73); die van
          onderwijsinstellingen en psychiatrische afdelingen van algemene ziekenhuizen eindigden op 31/12/2023. Importeer ze uit een CSV- of
          Excelbestand met de kolommen ondernemingsnummer, erkenningsnummer, geldig_van en geldig_tot. Controleer eerst: dan wordt nog niets
          bewaard.
        </Text>
      }
      importeer={(invoer) => importeer.mutateAsync(invoer)}
      bezig={importeer.isPending}
      gridId="overgang-rapport"
      naarRegister={{ to: '/erkenningen/register', tekst: (n) => `Naar het register (${formatAantal(n)} nieuwe erkenningen)` }}
      succesTitel="Erkenningen geïmporteerd"
      voorbeeldbestand={(soort) => call('overgang.voorbeeldbestand', { soort })}
    />
  );
}
