import { Anchor, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useApiMutation, useSessie } from '../../../../api/hooks';
import { PageHeader } from '../../../../components/PageHeader';
import { Laden } from '../../../../components/States';
import { useToast } from '../../../../components/Toasts';
import { useMagAanvragen } from '../rechten';
import { AanvraagForm } from './AanvraagForm';
import { leegFormulier, naarInput } from './formSchema';

export function AanvraagNieuwPage() {
  const navigate = useNavigate();
  const toast = useToast();
  const sessie = useSessie().data;
  const mag = useMagAanvragen();
  const registreer = useApiMutation('aanvraag.registreer', { invalidates: ['aanvraag.list', 'inbox.list', 'erkenning.list'] });

  return (
    <>
      <Text size="sm" mb="xs">
        <Anchor component={Link} to="/erkenningen/aanvragen" fz="inherit">
          Erkenningen AMA WVG
        </Anchor>{' '}
        / Nieuwe aanvraag
      </Text>
      <PageHeader titel="Nieuwe aanvraag tot erkenning" intro="Registreer een aanvraag tot erkenning als begeleider arbeidsmatige activiteiten. De controles en termijnen volgen meteen." />
      {!mag ? (
        <Text>Je rol mag geen aanvragen registreren. Vraag het aan een dossierbeheerder van het Departement Zorg.</Text>
      ) : !sessie ? (
        <Laden />
      ) : (
        <AanvraagForm
          beginwaarden={leegFormulier(sessie.vandaag)}
          annuleren={() => navigate('/erkenningen/aanvragen')}
          opslaan={async (v) => {
            const a = await registreer.mutateAsync(naarInput(v));
            toast('succes', 'Aanvraag geregistreerd', `Aanvraag ${a.id} van ${a.organisatieNaam}.`);
            navigate(`/erkenningen/aanvragen/${a.id}`);
          }}
        />
      )}
    </>
  );
}
