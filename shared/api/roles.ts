export const ROLLEN = ['zorg-dossierbeheerder', 'wse-dossierbeheerder', 'ondertekenaar', 'beheerder', 'lezer'] as const;
export type Rol = (typeof ROLLEN)[number];

export const ROL_LABELS: Record<Rol, string> = {
  'zorg-dossierbeheerder': 'Dossierbeheerder Departement Zorg',
  'wse-dossierbeheerder': 'Dossierbeheerder Departement WSE',
  ondertekenaar: 'Ondertekenaar',
  beheerder: 'Beheerder',
  lezer: 'Lezer',
};

/** Everyone may read; these groups are used by the contract's `roles` lists. */
export const ALLE_ROLLEN: readonly Rol[] = ROLLEN;
export const DOSSIERBEHEERDERS: readonly Rol[] = ['zorg-dossierbeheerder', 'wse-dossierbeheerder', 'beheerder'];
export const ALLEEN_BEHEERDER: readonly Rol[] = ['beheerder'];
