import { useState } from 'react';
import { Anchor, Badge, Button, DataList, Grid, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { Organisatie } from '../../../../shared/organisatie/organisatie.contract';
import { formatIban } from '../../../../shared/kernel/iban';
import { useApi } from '../../api/hooks';
import { datumVanTijdstip, formatDatum, formatTijdstip } from '../../components/format';
import { STATUS_LABELS } from '../../components/labels';
import { PageHeader } from '../../components/PageHeader';
import { Fout, Laden, Leeg } from '../../components/States';
import { useIsDossierbeheerder } from '../../components/rechten';
import { OntvangstmeldingDialog } from './OntvangstmeldingDialog';
import { Wijzigingshistoriek } from './Wijzigingshistoriek';
import { OrganisatieBrieven } from './OrganisatieBrieven';
import { OrganisatieDossiers } from '../rapport/OrganisatieDossiers';

export function OrganisatieDetailPage() {
  const id = Number(useParams().id);
  const geldig = Number.isInteger(id) && id > 0;
  const organisatie = useApi('organisatie.get', { id }, { enabled: geldig });
  const mag = useIsDossierbeheerder();
  const [dialoog, setDialoog] = useState(false);
  const o = organisatie.data;

  if (!geldig) return <Fout error={null} titel="Deze organisatie bestaat niet" />;
  if (organisatie.isError) {
    return (
      <>
        <PageHeader titel="Organisatie" />
        <Fout error={organisatie.error} opnieuw={() => void organisatie.refetch()} />
      </>
    );
  }
  if (!o) return <Laden />;

  return (
    <>
      <Text size="sm" mb="xs">
        <Anchor component={Link} to="/organisaties">
          Organisaties
        </Anchor>{' '}
        / {o.naam}
      </Text>
      <PageHeader
        titel={o.naam}
        intro={
          <>
            <Badge component="span" color={o.status === 'actief' ? 'green' : 'gray'} variant="light" radius="xs" mr="xs">
              {STATUS_LABELS[o.status]}
              {o.stopgezetOp ? ` sinds ${formatDatum(o.stopgezetOp)}` : ''}
            </Badge>
            {o.typeNaam} · {o.gemeente}
          </>
        }
        acties={
          mag && (
            <>
              <Button component={Link} to={`/organisaties/${o.id}/wijzigen`} variant="outline">
                Wijzigen
              </Button>
              <Button onClick={() => setDialoog(true)}>Ontvangstmelding maken</Button>
            </>
          )
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <Gegevens o={o} />
            <Contactpersonen o={o} />
            <OrganisatieDossiers organisatieId={o.id} />
            <OrganisatieBrieven organisatieId={o.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Wijzigingshistoriek organisatieId={o.id} />
        </Grid.Col>
      </Grid>
      {mag && <OntvangstmeldingDialog organisatie={o} opened={dialoog} onClose={() => setDialoog(false)} />}
    </>
  );
}

function Veld({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children || <Text span c="dimmed">—</Text>}</DataList.ItemValue>
    </DataList.Item>
  );
}

function Gegevens({ o }: { o: Organisatie }) {
  return (
    <section aria-labelledby="gegevens-titel">
      <Title order={2} size="h3" id="gegevens-titel" mb="sm">
        Gegevens
      </Title>
      <Paper withBorder p="md">
        <DataList labelWidth={200} gap="xs" data-testid="organisatie-gegevens">
          <Veld label="Ondernemingsnummer">{o.kbo}</Veld>
          <Veld label="Type organisatie">{o.typeNaam}</Veld>
          <Veld label="Adres">
            {o.straat}, {o.postcode} {o.gemeente}
          </Veld>
          <Veld label="Werk- en zorgregio">{o.regioNaam ?? 'Geen (Brussels Hoofdstedelijk Gewest)'}</Veld>
          <Veld label="Referentieregio">{o.referentieregioNaam ?? '—'}</Veld>
          <Veld label="Provincie">{o.provincieNaam}</Veld>
          <Veld label="IBAN">{o.iban ? formatIban(o.iban) : ''}</Veld>
          <Veld label="E-mail">{o.email}</Veld>
          <Veld label="Telefoon">{o.telefoon}</Veld>
          <Veld label="Status">
            {STATUS_LABELS[o.status]}
            {o.stopgezetOp ? ` op ${formatDatum(o.stopgezetOp)}` : ''}
          </Veld>
          <Veld label="Geregistreerd op">{datumVanTijdstip(o.aangemaaktOp)}</Veld>
          <Veld label="Laatst gewijzigd">{formatTijdstip(o.gewijzigdOp)}</Veld>
        </DataList>
      </Paper>
    </section>
  );
}

function Contactpersonen({ o }: { o: Organisatie }) {
  return (
    <section aria-labelledby="contact-titel">
      <Title order={2} size="h3" id="contact-titel" mb="sm">
        Contactpersonen
      </Title>
      {o.contactpersonen.length === 0 ? (
        <Leeg>Geen contactpersonen.</Leeg>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="xs" aria-labelledby="contact-titel">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Naam</Table.Th>
                <Table.Th>Functie</Table.Th>
                <Table.Th>E-mail</Table.Th>
                <Table.Th>Telefoon</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.contactpersonen.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.naam}</Table.Td>
                  <Table.Td>{c.functie}</Table.Td>
                  <Table.Td>
                    {c.email && (
                      <Anchor href={`mailto:${c.email}`} fz="inherit">
                        {c.email}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.telefoon}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </section>
  );
}
