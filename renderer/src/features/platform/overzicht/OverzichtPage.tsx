import type { ReactNode } from 'react';
import { Anchor, Group, Kbd, List, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useApi, useSessie } from '../../../api/hooks';
import { foutmelding } from '../../../api/client';
import { formatAantal, formatDatumLang } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { DeadlineInbox } from '../../engines/inbox/DeadlineInbox';
import { TeOndertekenen } from '../../engines/inbox/TeOndertekenen';
import { DepartementKengetallen } from '../../rapport/DepartementKengetallen';
import { NAV_ITEMS } from '../../../app/nav';

/** Start screen: real counts from the register and the archive, and what the application can do today. */
export function OverzichtPage() {
  const sessie = useSessie().data;
  // Counted in the core (the same answer as the departments' key figures below): the overview no longer loads whole
  // registers — 3,000 organisations and 5,000 letters at 10× — to show four numbers (issue 13).
  const dashboard = useApi('rapport.dashboard', {});
  const totalen = dashboard.data?.totalen;

  return (
    <>
      <PageHeader titel="Overzicht" intro={sessie ? `Vandaag is het ${formatDatumLang(sessie.vandaag)}.` : undefined} />
      <Stack gap="xl">
        <TeOndertekenen />
        <DeadlineInbox />

        <DepartementKengetallen />

        <section aria-labelledby="cijfers-titel">
          <Title order={2} size="h3" id="cijfers-titel" mb="sm">
            In cijfers
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} maw={1280}>
            <Kengetal titel="Actieve organisaties" waarde={totalen?.actieveOrganisaties} fout={dashboard.error} link="/organisaties" testid="kengetal-actieve-organisaties" />
            <Kengetal titel="Actieve erkenningen AMA WVG" waarde={totalen?.actieveErkenningen} fout={dashboard.error} link="/erkenningen" testid="kengetal-actieve-erkenningen" />
            <Kengetal titel="Beslissingen ter goedkeuring" waarde={totalen?.terGoedkeuring} fout={dashboard.error} link="/beslissingen" testid="kengetal-ter-goedkeuring" />
            <Kengetal titel="Brieven deze maand" waarde={totalen?.brievenDezeMaand} fout={dashboard.error} link="/brieven" testid="kengetal-brieven-maand" />
          </SimpleGrid>
        </section>

        <section aria-labelledby="wat-titel">
          <Title order={2} size="h3" id="wat-titel" mb="sm">
            Wat kan je hier
          </Title>
          <Stack gap="xs" maw={760}>
            <Text>
              WZT Backoffice ondersteunt de Departementen Zorg en Werk en Sociale Economie bij de werk- en zorgtrajecten: het
              register van organisaties, aanvragen en beslissingen, wettelijke termijnen en formele brieven.
            </Text>
            <List spacing={4}>
              <List.Item>
                <Anchor component={Link} to="/organisaties">
                  Organisaties
                </Anchor>{' '}
                registreren, opzoeken en wijzigen, met contactpersonen en een volledige wijzigingshistoriek.
              </List.Item>
              <List.Item>
                Een <strong>ontvangstmelding</strong> maken voor een aanvraag (vanuit de fiche van een organisatie) en ze als PDF
                bewaren bij de{' '}
                <Anchor component={Link} to="/brieven">
                  brieven
                </Anchor>
                , met de registratie van de verzending.
              </List.Item>
              <List.Item>
                <Anchor component={Link} to="/erkenningen">
                  Erkenningen AMA WVG
                </Anchor>
                : aanvragen registreren en behandelen (controles, termijnen, opschortingen), beslissingen ter{' '}
                <Anchor component={Link} to="/beslissingen">
                  goedkeuring
                </Anchor>{' '}
                voorleggen, het register van erkenningen raadplegen, hernieuwingen opvolgen en opheffingen met hoorzitting en
                bezwaar behandelen.
              </List.Item>
              <List.Item>
                <Anchor component={Link} to="/overeenkomsten">
                  Overeenkomsten AMA WVG
                </Anchor>{' '}
                registreren of importeren uit het e-loket, met de controles per deelnemer en de jaarlijkse evaluaties.
              </List.Item>
              <List.Item>
                De{' '}
                <Anchor component={Link} to="/subsidies">
                  halfjaarlijkse subsidie
                </Anchor>{' '}
                AMA WVG berekenen, laten goedkeuren, de berekeningsnota's uitgeven en het betaalbestand maken.
              </List.Item>
              <List.Item>
                <Anchor component={Link} to="/samenwerkingsverbanden">
                  Samenwerkingsverbanden Zorg
                </Anchor>
                : mandaten en hun oproepen, aanvragen en rangschikking, de activeringstrajecten van VDAB en de halfjaarlijkse
                compensatie, met schorsing, intrekking en terugvordering na een hoorprocedure.
              </List.Item>
              <List.Item>
                <Anchor component={Link} to="/contingenten">
                  Contingenten AMA SE
                </Anchor>{' '}
                (Departement WSE): contingenten en oproepen, begeleidingsovereenkomsten, maandelijkse voorschotten, de jaarafrekening
                en de jaarlijkse evaluatie van de invulling.
              </List.Item>
              <List.Item>
                Het{' '}
                <Anchor component={Link} to="/jaarverslag">
                  jaarverslag
                </Anchor>{' '}
                van de werk- en zorgtrajecten samenstellen, met de cijfers tot op het dossier, en uitgeven als PDF of Excel.
              </List.Item>
              <List.Item>
                Een{' '}
                <Anchor component={Link} to="/parameters/termijn">
                  termijn berekenen
                </Anchor>{' '}
                in kalender- of werkdagen, met feestdagen en opschortingen.
              </List.Item>
              <List.Item>
                De{' '}
                <Anchor component={Link} to="/parameters">
                  parameters
                </Anchor>{' '}
                (bedragen, percentages, termijnen) met hun wettelijke basis raadplegen; een beheerder voegt nieuwe periodes toe.
              </List.Item>
              <List.Item>
                In de{' '}
                <Anchor component={Link} to="/audit">
                  audit
                </Anchor>{' '}
                nagaan wie wat wanneer en waarom wijzigde.
              </List.Item>
            </List>
          </Stack>
        </section>

        <Sneltoetsen />
      </Stack>
    </>
  );
}

/**
 * The keyboard shortcuts of the whole application: Alt+1 … Alt+9 and Alt+0 are bound in Shell.tsx (the areas read from the
 * menu's own list), Alt+N on the organisations list, moving and opening by every grid (gridBasis.tsx).
 */
function Sneltoetsen() {
  const toets = (...t: string[]) => t.map((x, i) => (
    <span key={x}>
      {i > 0 && ' + '}
      <Kbd>{x}</Kbd>
    </span>
  ));
  const rijen: [ReactNode, string][] = [
    ...NAV_ITEMS.slice(0, 9).map((item, i): [ReactNode, string] => [toets('Alt', String(i + 1)), item.label]),
    [toets('Alt', '0'), 'Het menu verbergen of tonen (meer plaats voor de kolommen van een lijst)'],
    [toets('Alt', 'N'), 'Nieuwe organisatie (in Organisaties)'],
    [<>{toets('↑')} {toets('↓')}</>, 'In een lijst: naar de vorige of volgende rij'],
    [toets('Enter'), 'In een lijst: het dossier van de rij openen (of dubbelklikken)'],
  ];
  return (
    <section aria-labelledby="sneltoetsen-titel">
      <Title order={2} size="h3" id="sneltoetsen-titel" mb="sm">
        Sneltoetsen
      </Title>
      <Table maw={760} withRowBorders={false} verticalSpacing={4} aria-labelledby="sneltoetsen-titel">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Toets</Table.Th>
            <Table.Th>Wat</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rijen.map(([t, wat]) => (
            <Table.Tr key={wat}>
              <Table.Td w={160}>{t}</Table.Td>
              <Table.Td>{wat}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function Kengetal({ titel, waarde, fout, link, testid }: { titel: string; waarde: number | undefined; fout: unknown; link: string; testid: string }) {
  let inhoud: ReactNode;
  if (fout) inhoud = <Text size="sm" c="red">{foutmelding(fout)}</Text>;
  else if (waarde === undefined) inhoud = <Loader size="sm" aria-label="Laden..." />;
  else
    inhoud = (
      <Text fz={32} fw={700} lh={1.1} data-testid={testid}>
        {formatAantal(waarde)}
      </Text>
    );
  return (
    <Paper withBorder p="md" component="article" aria-label={titel}>
      <Group justify="space-between" align="flex-start" mb={6}>
        <Text fw={600}>{titel}</Text>
        <Anchor component={Link} to={link} size="sm" aria-label={`${titel}: naar de lijst`}>
          Lijst
        </Anchor>
      </Group>
      {inhoud}
    </Paper>
  );
}
