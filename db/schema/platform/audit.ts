import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/** One row per write, in the same transaction as the write (see electron/core/platform/audit.ts). */
export const auditEntry = sqliteTable(
  'audit_entry',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tijdstip: text('tijdstip').notNull(),
    /** The name as it was at the time (display; never used to identify). */
    gebruiker: text('gebruiker').notNull(),
    /** Who: the staff id; null for the system (start-up jobs). */
    medewerkerId: integer('medewerker_id'),
    rol: text('rol').notNull(),
    methode: text('methode').notNull(),
    entiteit: text('entiteit').notNull(),
    entiteitId: text('entiteit_id').notNull(),
    actie: text('actie').notNull(),
    /** JSON of the changed fields before (null on create). */
    oud: text('oud'),
    /** JSON of the changed fields after (null on delete). */
    nieuw: text('nieuw'),
    reden: text('reden'),
    /**
     * Tamper evidence (platform/auditketen.ts): the hash of this entry's content, and the chain hash
     * sha256(previous chain hash + content hash). Null only between an upgrade and the first start.
     */
    inhoudHash: text('inhoud_hash'),
    ketenHash: text('keten_hash'),
    /**
     * Set when the values were erased (retention): oud/nieuw keep their field names with the values
     * replaced, the reden is replaced; the content hash stays so the chain still verifies.
     */
    gewistOp: text('gewist_op'),
  },
  (t) => [
    index('audit_entiteit_idx').on(t.entiteit, t.entiteitId, t.id),
    index('audit_gebruiker_idx').on(t.gebruiker, t.tijdstip),
    index('audit_medewerker_idx').on(t.medewerkerId, t.tijdstip),
    index('audit_tijdstip_idx').on(t.tijdstip),
    // The entries not sealed yet (seeds, migrations): found at every start without reading the whole trail (issue 13).
    index('audit_onverzegeld_idx').on(t.id).where(sql`${t.ketenHash} IS NULL`),
  ],
);

/**
 * Who saw personal data (a scanned agreement, a participant's full record): one row per read. Reads do
 * not change the dossier, so they are not audit entries; the access log keeps who, when, through which
 * method and which record — never the personal data itself.
 */
export const toegangslog = sqliteTable(
  'toegangslog',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tijdstip: text('tijdstip').notNull(),
    medewerkerId: integer('medewerker_id'),
    gebruiker: text('gebruiker').notNull(),
    rol: text('rol').notNull(),
    methode: text('methode').notNull(),
    entiteit: text('entiteit').notNull(),
    entiteitId: text('entiteit_id').notNull(),
    /** What was shown, e.g. 'gescande overeenkomst', 'persoonsgegevens deelnemer'. */
    wat: text('wat').notNull(),
  },
  (t) => [index('toegangslog_entiteit_idx').on(t.entiteit, t.entiteitId, t.id), index('toegangslog_tijdstip_idx').on(t.tijdstip)],
);
