/** One step on a dossier's timeline (application, procedure, objection, agreement…), newest last. */
export interface Gebeurtenis {
  id: number;
  datum: string;
  soort: string;
  omschrijving: string;
  documentId: number | null;
  door: string;
  tijdstip: string;
}
