import { Alert, Text } from '@mantine/core';
import { PageHeader } from '../../../components/PageHeader';

type Gebied = 'contingenten';

const GEBIEDEN: Record<Gebied, { titel: string; tekst: string }> = {
  contingenten: {
    titel: 'Contingenten AMA SE',
    tekst:
      'Hier komen de oproepen en aanvragen voor contingenten arbeidsmatige activiteiten in de sociale economie ' +
      '(Departement WSE): ontvankelijkheid binnen 7 dagen, de toekenning, de jaarlijkse evaluatie van de ' +
      'invullingsgraad met de automatische vermindering onder 80 %, schorsing of intrekking en de subsidie ' +
      '(BVR art. 51, 57–68).',
  },
};

/** An area that is not built yet: one honest paragraph about what will come, no fake data. */
export function PlaceholderPage({ gebied }: { gebied: Gebied }) {
  const g = GEBIEDEN[gebied];
  return (
    <>
      <PageHeader titel={g.titel} />
      <Alert color="gray" variant="light" title="Nog niet beschikbaar" maw={760}>
        <Text>{g.tekst}</Text>
        <Text mt="sm" size="sm" c="dimmed">
          Organisaties, AMA WVG, de samenwerkingsverbanden Zorg, brieven, parameters en de audittrail kan je nu al gebruiken.
        </Text>
      </Alert>
    </>
  );
}
