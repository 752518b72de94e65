import { ALLEEN_BEHEERDER, DOSSIERBEHEERDERS, type Rol } from '../../../shared/api/roles';
import { useSessie } from '../api/hooks';

/** Whether one of the signed-in user's roles is among `rollen` (the same lists the contract uses). */
export function useMag(rollen: readonly Rol[]): boolean {
  const gehouden = useSessie().data?.rollen;
  return !!gehouden && gehouden.some((r) => rollen.includes(r));
}

/** May create and change organisations, issue letters, register sending. */
export const useIsDossierbeheerder = () => useMag(DOSSIERBEHEERDERS);
/** May change parameters and staff. */
export const useIsBeheerder = () => useMag(ALLEEN_BEHEERDER);
/** May approve and sign decisions (four eyes: never their own draft). */
export const useIsOndertekenaar = () => useMag(['ondertekenaar']);

/**
 * May act in a dossier of this department: its own officers (a WSE officer on AMA SE, a Zorg officer on AMA WVG and the
 * samenwerkingsverbanden) and a beheerder. The core refuses the others; the screens do not offer them the buttons.
 */
export function useMagInDepartement(departement: 'ZORG' | 'WSE'): boolean {
  return useMag(departement === 'WSE' ? ['wse-dossierbeheerder', 'beheerder'] : ['zorg-dossierbeheerder', 'beheerder']);
}
