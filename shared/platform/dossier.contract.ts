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

/** A check of an application with its outcome (every dossier kind with applications). */
export interface Controle {
  code: string;
  ok: boolean;
  /** Dutch: what was checked and the outcome. */
  melding: string;
  artikel: string;
}

/** A legal deadline of an application, computed by the deadline engine. */
export interface AanvraagTermijn {
  soort: 'ontvankelijkheid' | 'gegrondheid' | 'antwoord-aanvullende-info';
  omschrijving: string;
  vervaldatum: string;
  afleiding: string[];
  afgerond: boolean;
}

/** A suspension of a running period (request for information until the answer). */
export interface Opschorting {
  id: number;
  van: string;
  tot: string | null;
  reden: string;
  antwoordUiterlijk: string | null;
  verzoekDocumentId: number | null;
}
