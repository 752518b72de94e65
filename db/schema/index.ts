// One file per aggregate; this index is what drizzle-kit and the app import.
export * from './referentie';
export * from './organisatie';
export * from './audit';
export * from './parameter';
export * from './medewerker';
export * from './document';
export * from './aanvraag';
export * from './beslissing';
export * from './erkenning';
export * from './procedure';
export * from './overeenkomst';
export * from './subsidie';
