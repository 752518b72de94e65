export interface NavItem {
  pad: string;
  label: string;
  /** Exact match only (the overview at `/`). */
  end?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { pad: '/', label: 'Overzicht', end: true },
  { pad: '/organisaties', label: 'Organisaties' },
  { pad: '/erkenningen', label: 'Erkenningen AMA WVG' },
  { pad: '/overeenkomsten', label: 'Overeenkomsten AMA WVG' },
  { pad: '/subsidies', label: 'Subsidies AMA WVG' },
  { pad: '/beslissingen', label: 'Goedkeuringen' },
  { pad: '/samenwerkingsverbanden', label: 'Samenwerkingsverbanden Zorg' },
  { pad: '/contingenten', label: 'Contingenten AMA SE' },
  { pad: '/jaarverslag', label: 'Jaarverslag' },
  { pad: '/brieven', label: 'Brieven' },
  { pad: '/parameters', label: 'Parameters' },
  { pad: '/medewerkers', label: 'Medewerkers' },
  { pad: '/bewaartermijn', label: 'Bewaartermijn' },
  { pad: '/backups', label: 'Backups' },
  { pad: '/verbinding', label: 'Verbinding' },
  { pad: '/audit', label: 'Audit' },
];
