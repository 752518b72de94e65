import { briefMethods } from './brief.contract';

/** The letter store's methods: issued letters, their sendings, acknowledgements. */
export const letterMethods = { ...briefMethods };
