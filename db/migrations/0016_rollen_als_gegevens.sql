-- Issue 11. Roles become data: a beheerder gives each staff member one or more roles (medewerker_rol), matched to
-- the identity they sign in with (medewerker.subject: the OpenID Connect `sub`, or `os:<account>` on a desktop with
-- its own store). Until now the role came from a file or a command-line flag. Existing staff keep the roles they
-- acted in (the audit trail records the role of every write; the access log of every read of personal data) and a
-- staff member with signing authority gets `ondertekenaar`; each role given here is audited.
CREATE TABLE `medewerker_rol` (
	`medewerker_id` integer NOT NULL,
	`rol` text NOT NULL CHECK (`rol` IN ('zorg-dossierbeheerder', 'wse-dossierbeheerder', 'ondertekenaar', 'beheerder', 'lezer')),
	PRIMARY KEY(`medewerker_id`, `rol`),
	FOREIGN KEY (`medewerker_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `medewerker` ADD `subject` text;--> statement-breakpoint
CREATE UNIQUE INDEX `medewerker_subject_unique` ON `medewerker` (`subject`);--> statement-breakpoint
INSERT OR IGNORE INTO `medewerker_rol` (`medewerker_id`, `rol`)
  SELECT DISTINCT `medewerker_id`, `rol` FROM `audit_entry`
   WHERE `medewerker_id` IN (SELECT `id` FROM `medewerker`)
     AND `rol` IN ('zorg-dossierbeheerder', 'wse-dossierbeheerder', 'ondertekenaar', 'beheerder', 'lezer')
  UNION
  SELECT DISTINCT `medewerker_id`, `rol` FROM `toegangslog`
   WHERE `medewerker_id` IN (SELECT `id` FROM `medewerker`)
     AND `rol` IN ('zorg-dossierbeheerder', 'wse-dossierbeheerder', 'ondertekenaar', 'beheerder', 'lezer')
  UNION
  SELECT `id`, 'ondertekenaar' FROM `medewerker` WHERE `mag_ondertekenen` = 1;
--> statement-breakpoint
INSERT INTO `audit_entry` (`tijdstip`, `medewerker_id`, `gebruiker`, `rol`, `methode`, `entiteit`, `entiteit_id`, `actie`, `oud`, `nieuw`, `reden`)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL, 'systeem', 'beheerder', 'migratie 0016', 'medewerker', CAST(`medewerker_id` AS text), 'gewijzigd',
         json_object('rollen', json('[]')), json_object('rollen', json_group_array(`rol`)),
         'Rollen als gegevens: de rollen waarin deze medewerker werkte (audittrail en toegangslog) en ondertekenaar bij tekenbevoegdheid'
    FROM (SELECT `medewerker_id`, `rol` FROM `medewerker_rol` ORDER BY `medewerker_id`, `rol`)
   GROUP BY `medewerker_id`;
