import { Anchor, Button, Text } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ApiClientError } from '../../api/client';
import { useApi, useApiMutation, useReferentie } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { Fout, Laden } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { useIsDossierbeheerder } from '../../components/rechten';
import { OrganisatieForm } from './OrganisatieForm';
import { formulierVan, leegFormulier, velden } from './formSchema';

function GeenRechten() {
  return <Text>Je rol mag geen organisaties registreren of wijzigen. Vraag het aan een dossierbeheerder.</Text>;
}

export function OrganisatieNieuwPage() {
  const navigate = useNavigate();
  const toast = useToast();
  const referentie = useReferentie();
  const mag = useIsDossierbeheerder();
  const create = useApiMutation('organisatie.create', { invalidates: ['organisatie.list'] });

  return (
    <>
      <PageHeader titel="Nieuwe organisatie" />
      {!mag ? (
        <GeenRechten />
      ) : referentie.isError ? (
        <Fout error={referentie.error} opnieuw={() => void referentie.refetch()} />
      ) : !referentie.data ? (
        <Laden />
      ) : (
        <OrganisatieForm
          modus="nieuw"
          beginwaarden={leegFormulier()}
          referentie={referentie.data}
          annuleren={() => navigate('/organisaties')}
          opslaan={async (v) => {
            const o = await create.mutateAsync(velden(v));
            toast('succes', 'Organisatie bewaard', `${o.naam} (${o.kbo}) is geregistreerd.`);
            navigate(`/organisaties/${o.id}`);
          }}
        />
      )}
    </>
  );
}

export function OrganisatieWijzigPage() {
  const { id: idParam } = useParams();
  const id = Number(idParam);
  const navigate = useNavigate();
  const toast = useToast();
  const qc = useQueryClient();
  const referentie = useReferentie();
  const mag = useIsDossierbeheerder();
  const organisatie = useApi('organisatie.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const update = useApiMutation('organisatie.update', { invalidates: ['organisatie.list', 'organisatie.get'] });

  const o = organisatie.data;
  return (
    <>
      <PageHeader titel={o ? `${o.naam} wijzigen` : 'Organisatie wijzigen'} />
      <Text mb="md">
        <Anchor component={Link} to={`/organisaties/${id}`}>
          Terug naar de organisatie
        </Anchor>
      </Text>
      {!mag ? (
        <GeenRechten />
      ) : organisatie.isError || referentie.isError ? (
        <Fout error={organisatie.error ?? referentie.error} opnieuw={() => void organisatie.refetch()} />
      ) : !o || !referentie.data ? (
        <Laden />
      ) : (
        <OrganisatieForm
          // A new version (after "reload") starts a fresh form.
          key={o.versie}
          modus="wijzig"
          beginwaarden={formulierVan(o)}
          referentie={referentie.data}
          annuleren={() => navigate(`/organisaties/${id}`)}
          opslaan={async (v) => {
            const na = await update.mutateAsync({
              ...velden(v),
              id: o.id,
              versie: o.versie,
              status: v.status,
              stopgezetOp: v.status === 'stopgezet' ? v.stopgezetOp : null,
              reden: v.reden,
            });
            toast('succes', 'Wijziging bewaard', `${na.naam} is bijgewerkt.`);
            navigate(`/organisaties/${id}`);
          }}
          foutActie={(err) =>
            err instanceof ApiClientError && err.code === 'CONFLICT' && err.details.length === 0 ? (
              <Button
                mt="sm"
                size="xs"
                variant="outline"
                color="red"
                onClick={() => void qc.invalidateQueries({ queryKey: ['organisatie.get', { id }] })}
              >
                Gegevens opnieuw laden
              </Button>
            ) : null
          }
        />
      )}
    </>
  );
}
