// The schema grouped like the core (docs/architecture.md): platform, letters, engines, then one folder per
// module. This index is what drizzle-kit and the app import.
export * from './platform/referentie';
export * from './platform/audit';
export * from './platform/parameter';
export * from './platform/medewerker';
export * from './platform/deelnemer';
export * from './letters/document';
export * from './engines/beslissing';
export * from './engines/procedure';
export * from './engines/betaalrun';
export * from './organisatie/organisatie';
export * from './ama-wvg/aanvraag';
export * from './ama-wvg/erkenning';
export * from './ama-wvg/overeenkomst';
export * from './ama-wvg/subsidie';
export * from './swv-zorg/register';
export * from './swv-zorg/traject';
export * from './ama-se/contingent';
export * from './ama-se/deelname';
