import type { ReactNode } from 'react';
import { Tabs } from '@mantine/core';
import { useNavigate } from 'react-router';

/**
 * The tabs of an area (one route per tab: `basis` for the first, `basis/<tab>` for the others). Only the open tab
 * is rendered; arrow keys move the focus, Enter opens (activateTabWithKeyboard off: a tab loads data).
 */
export function TabbladGebied<T extends string>({ basis, naam, tabs, tab, inhoud }: {
  basis: string;
  /** "Overeenkomsten AMA WVG": the tab list is labelled "Onderdelen van …". */
  naam: string;
  tabs: readonly { value: T; label: string }[];
  tab: T;
  inhoud: Record<T, () => ReactNode>;
}) {
  const navigate = useNavigate();
  return (
    <Tabs value={tab} onChange={(v) => v && navigate(`${basis}${v === tabs[0].value ? '' : `/${v}`}`)} keepMounted={false} activateTabWithKeyboard={false}>
      <Tabs.List aria-label={`Onderdelen van ${naam}`} mb="md">
        {tabs.map((t) => (
          <Tabs.Tab key={t.value} value={t.value}>
            {t.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((t) => (
        <Tabs.Panel key={t.value} value={t.value}>
          {tab === t.value && inhoud[t.value]()}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
