import { useMag } from '../../../components/rechten';

/** May register and handle applications for recognition (the contract's roles of `aanvraag.*` writes). */
export const useMagAanvragen = () => useMag(['zorg-dossierbeheerder', 'beheerder']);
