import { z } from 'zod';
import { method } from '../api/define';
import { ALLEEN_BEHEERDER } from '../api/roles';
import { regel } from '../api/common';

export const BACKUP_SOORTEN = ['op-vraag', 'dagelijks', 'voor-herstel'] as const;
export type BackupSoort = (typeof BACKUP_SOORTEN)[number];

/** One backup file with its manifest (null where a file has no readable manifest). */
export interface BackupRij {
  bestand: string;
  tijdstip: string;
  soort: BackupSoort;
  /** Bytes. */
  grootte: number;
  schemaversie: number | null;
  sha256: string | null;
  /** Head of the audit hash chain in the backup: a later chain that does not contain it was rewritten. */
  auditKopHash: string | null;
  aantalAuditregels: number | null;
}

export const backupMethods = {
  'backup.lijst': method<{ backups: BackupRij[]; map: string | null; aantalBewaard: number }>()({
    input: z.object({}),
    roles: ALLEEN_BEHEERDER,
    omschrijving: 'Backups van de databank: datum, soort, grootte en schemaversie (nieuwste eerst)',
  }),
  'backup.maak': method<BackupRij>()({
    input: z.object({}),
    roles: ALLEEN_BEHEERDER,
    omschrijving: 'Nu een backup van de databank maken (online, terwijl anderen verder werken)',
    mutates: true,
  }),
  'backup.herstel': method<{ hersteld: BackupRij; voorHerstel: BackupRij }>()({
    input: z.object({ bestand: regel(120, 'Kies de backup.').regex(/^wzt-[0-9TZ-]+-(op-vraag|dagelijks|voor-herstel)\.sqlite$/, { error: 'Kies een backup uit de lijst.' }) }),
    roles: ALLEEN_BEHEERDER,
    omschrijving: 'De databank herstellen uit een backup (na controle; de toestand ervoor wordt eerst zelf bewaard)',
    mutates: true,
  }),
};
