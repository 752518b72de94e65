/** One step on a dossier's timeline (application, procedure, objection, agreement…), newest last. */
export interface Gebeurtenis {
  id: number;
  datum: string;
  soort: string;
  omschrijving: string;
  documentId: number | null;
  /** Staff id of who recorded the step; null: the system. */
  doorId: number | null;
  /** Their current name. */
  door: string;
  tijdstip: string;
}
