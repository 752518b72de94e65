import type { ReactNode } from 'react';
import { AppShell, Badge, Burger, Group, Text, Title } from '@mantine/core';
import { useHotkeys, useLocalStorage, type HotkeyItem } from '@mantine/hooks';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { ROL_LABELS } from '../../../shared/api/roles';
import { useSessie } from '../api/hooks';
import { isElectron } from '../api/client';
import { Fout, SchermFoutgrens } from '../components/States';
import { NAV_ITEMS } from './nav';
import { GridStijlBewaren } from '../components/gridBasis';

/**
 * Focus the first field of the main region once the new page has rendered (a page may load its data first: try for
 * up to two seconds), else the main region itself.
 */
function focusNaNavigatie(poging = 0): void {
  window.setTimeout(() => {
    const inhoud = document.getElementById('inhoud');
    const veld = inhoud?.querySelector<HTMLElement>('input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])');
    if (veld) veld.focus();
    else if (poging < 20) focusNaNavigatie(poging + 1);
    else inhoud?.focus();
  }, 100);
}

/** Header with user and role, left navigation, skip link and the main region. */
export function Shell({ children }: { children: ReactNode }) {
  const sessie = useSessie();
  const location = useLocation();
  const navigate = useNavigate();
  const s = sessie.data;
  // The menu can be hidden, so a register's columns fit on a laptop screen (1440 px leaves ≈ 1,110 px for the grid
  // with the menu, ≈ 1,390 without); remembered on this computer.
  const [menuVerborgen, setMenuVerborgen] = useLocalStorage({ key: 'wzt.menuVerborgen', defaultValue: false, getInitialValueInEffect: false });
  const wisselMenu = () => setMenuVerborgen((v) => !v);
  // Alt+1 … Alt+9 open the first nine areas from anywhere; Alt+0 hides or shows the menu.
  // Then the focus goes to the area's first field (or its main region), so what the user types next is not lost.
  useHotkeys(NAV_ITEMS.slice(0, 9).map((item, i): HotkeyItem => [`alt+${i + 1}`, () => {
    navigate(item.pad);
    focusNaNavigatie();
  }]).concat([['alt+0', wisselMenu]]), []); // also from inside a field: Alt+digit types nothing, and the focus is often in a field after the previous jump

  // With HashRouter an ordinary `href="#inhoud"` would change the route: move focus ourselves.
  const naarInhoud = (e: React.MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    document.getElementById('inhoud')?.focus();
  };

  return (
    <>
      <a className="skip-link" href="#inhoud" onClick={naarInhoud}>
        Naar de inhoud
      </a>
      <GridStijlBewaren />
      <AppShell header={{ height: 64 }} navbar={{ width: 284, breakpoint: 0, collapsed: { desktop: menuVerborgen, mobile: menuVerborgen } }} padding="lg">
        <AppShell.Header className="wzt-header" component="header">
          <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={!menuVerborgen}
                onClick={wisselMenu}
                size="sm"
                aria-label={menuVerborgen ? 'Menu tonen' : 'Menu verbergen'}
                aria-expanded={!menuVerborgen}
                aria-controls="hoofdmenu"
                aria-keyshortcuts="Alt+0"
                title={`${menuVerborgen ? 'Menu tonen' : 'Menu verbergen'} (Alt+0)`}
              />
              <Link to="/" className="merk">
                WZT Backoffice
              </Link>
            </Group>
            {s && (
              <Group gap="sm" wrap="nowrap" data-testid="gebruiker">
                <Text fw={600} size="sm">
                  {s.gebruiker}
                </Text>
                {s.rollen.map((r) => (
                  <Badge key={r} variant="outline" color="dark" radius="xs" size="lg" tt="none" fw={500}>
                    {ROL_LABELS[r] ?? r}
                  </Badge>
                ))}
                {s.modus === 'ontwikkeling' && (
                  <Badge color="red.9" variant="filled" radius="xs" size="lg" tt="none" fw={600} title="Naam en rol komen van de opdrachtregel van de ontwikkelhost en zijn niet gecontroleerd.">
                    Ontwikkelmodus
                  </Badge>
                )}
                {s.modus === 'team' && !isElectron() && (
                  <a className="afmelden" href="/auth/afmelden">
                    Afmelden
                  </a>
                )}
              </Group>
            )}
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" component="div" id="hoofdmenu" display={menuVerborgen ? 'none' : undefined}>
          <nav className="hoofdnav" aria-label="Hoofdnavigatie">
            <ul>
              {NAV_ITEMS.map((item, i) => (
                <li key={item.pad}>
                  <NavLink to={item.pad} end={item.end} aria-keyshortcuts={i < 9 ? `Alt+${i + 1}` : undefined} title={i < 9 ? `Alt+${i + 1}` : undefined}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {s && (
            <Text size="xs" c="dimmed" mt="auto" pt="md">
              Versie {s.versie} · databank {s.schemaVersie}
            </Text>
          )}
        </AppShell.Navbar>
        <AppShell.Main id="inhoud" tabIndex={-1} component="main">
          {sessie.isError && (
            <Fout titel="De toepassing is niet bereikbaar" error={sessie.error} opnieuw={() => void sessie.refetch()} />
          )}
          {s && s.rollen.length === 0 ? (
            <GeenRol naam={s.gebruiker} />
          ) : (
            <SchermFoutgrens sleutel={location.pathname}>{children}</SchermFoutgrens>
          )}
        </AppShell.Main>
      </AppShell>
    </>
  );
}

/** Signed in, but no beheerder gave this person a role yet: nothing to see, and they learn whom to ask. */
function GeenRol({ naam }: { naam: string }) {
  return (
    <section aria-labelledby="geen-rol" data-testid="geen-rol">
      <Title order={1} id="geen-rol">
        Nog geen toegang
      </Title>
      <Text mt="md" maw={640}>
        Je bent aangemeld als {naam}, maar je hebt nog geen rol in WZT Backoffice. Vraag een beheerder van je departement om
        je rollen toe te kennen onder <em>Medewerkers</em>; daarna herlaad je deze pagina.
      </Text>
    </section>
  );
}
