-- Staff are referred to by id everywhere (issue 8). Every name that was ever recorded in a `*_door` or
-- `behandelaar` column or in the audit trail is mapped to the staff record of that person: the current
-- name, or an earlier name the audit trail shows was renamed (medewerker.save). A name that matches
-- nobody gets an inactive staff record (so no history is lost); 'systeem' (start-up jobs) maps to NULL.
CREATE TABLE `_naam_medewerker` (`naam` text PRIMARY KEY NOT NULL, `id` integer NOT NULL);
--> statement-breakpoint
INSERT INTO `_naam_medewerker` (`naam`, `id`) SELECT `naam`, `id` FROM `medewerker`;
--> statement-breakpoint
INSERT OR IGNORE INTO `_naam_medewerker` (`naam`, `id`)
  SELECT json_extract(`oud`, '$.naam'), CAST(`entiteit_id` AS integer) FROM `audit_entry`
   WHERE `entiteit` = 'medewerker' AND `actie` = 'gewijzigd' AND json_extract(`oud`, '$.naam') IS NOT NULL
     AND CAST(`entiteit_id` AS integer) IN (SELECT `id` FROM `medewerker`)
   ORDER BY `id` DESC;
--> statement-breakpoint
CREATE TABLE `_naam_onbekend` (`naam` text PRIMARY KEY NOT NULL);
--> statement-breakpoint
INSERT OR IGNORE INTO `_naam_onbekend` (`naam`)
  SELECT `behandelaar` FROM `aanvraag` UNION SELECT `behandelaar` FROM `procedure` UNION SELECT `behandelaar` FROM `bezwaar`
  UNION SELECT `aangemaakt_door` FROM `beslissing` UNION SELECT `goedgekeurd_door` FROM `beslissing`
  UNION SELECT `aangemaakt_door` FROM `subsidie_run` UNION SELECT `goedgekeurd_door` FROM `subsidie_run`
  UNION SELECT `aangemaakt_door` FROM `document` UNION SELECT `geregistreerd_door` FROM `verzending`
  UNION SELECT `toegevoegd_door` FROM `bijlage` UNION SELECT `door` FROM `gebeurtenis` UNION SELECT `gebruiker` FROM `audit_entry`;
--> statement-breakpoint
DELETE FROM `_naam_onbekend` WHERE `naam` IS NULL OR `naam` = 'systeem' OR `naam` IN (SELECT `naam` FROM `_naam_medewerker`);
--> statement-breakpoint
INSERT INTO `medewerker` (`naam`, `functie`, `departement`, `dienst`, `email`, `telefoon`, `mag_ondertekenen`, `actief`)
  SELECT `naam`, 'Overgenomen uit de historiek', CASE WHEN EXISTS (SELECT 1 FROM `audit_entry` a WHERE a.`gebruiker` = o.`naam` AND a.`rol` = 'wse-dossierbeheerder') THEN 'WSE' ELSE 'ZORG' END,
         '', '', '', 0, 0
    FROM `_naam_onbekend` o ORDER BY `naam`;
--> statement-breakpoint
INSERT INTO `_naam_medewerker` (`naam`, `id`) SELECT m.`naam`, m.`id` FROM `medewerker` m JOIN `_naam_onbekend` o ON o.`naam` = m.`naam`;
--> statement-breakpoint
ALTER TABLE `medewerker` ADD `versie` integer DEFAULT 1 NOT NULL;
--> statement-breakpoint
ALTER TABLE `audit_entry` ADD `medewerker_id` integer;
--> statement-breakpoint
UPDATE `audit_entry` SET `medewerker_id` = (SELECT `id` FROM `_naam_medewerker` WHERE `naam` = `audit_entry`.`gebruiker`);
--> statement-breakpoint
CREATE INDEX `audit_medewerker_idx` ON `audit_entry` (`medewerker_id`,`tijdstip`);
--> statement-breakpoint
ALTER TABLE `document` ADD `aangemaakt_door_id` integer REFERENCES medewerker(id);
--> statement-breakpoint
UPDATE `document` SET `aangemaakt_door_id` = (SELECT `id` FROM `_naam_medewerker` WHERE `naam` = `document`.`aangemaakt_door`);
--> statement-breakpoint
ALTER TABLE `document` DROP COLUMN `aangemaakt_door`;
--> statement-breakpoint
ALTER TABLE `verzending` ADD `geregistreerd_door_id` integer REFERENCES medewerker(id);
--> statement-breakpoint
UPDATE `verzending` SET `geregistreerd_door_id` = (SELECT `id` FROM `_naam_medewerker` WHERE `naam` = `verzending`.`geregistreerd_door`);
--> statement-breakpoint
ALTER TABLE `verzending` DROP COLUMN `geregistreerd_door`;
--> statement-breakpoint
ALTER TABLE `bijlage` ADD `toegevoegd_door_id` integer REFERENCES medewerker(id);
--> statement-breakpoint
UPDATE `bijlage` SET `toegevoegd_door_id` = (SELECT `id` FROM `_naam_medewerker` WHERE `naam` = `bijlage`.`toegevoegd_door`);
--> statement-breakpoint
ALTER TABLE `bijlage` DROP COLUMN `toegevoegd_door`;
--> statement-breakpoint
ALTER TABLE `gebeurtenis` ADD `door_id` integer REFERENCES medewerker(id);
--> statement-breakpoint
UPDATE `gebeurtenis` SET `door_id` = (SELECT `id` FROM `_naam_medewerker` WHERE `naam` = `gebeurtenis`.`door`);
--> statement-breakpoint
ALTER TABLE `gebeurtenis` DROP COLUMN `door`;
--> statement-breakpoint
CREATE TABLE `__new_aanvraag` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`soort` text NOT NULL,
	`organisatie_id` integer NOT NULL,
	`ontvangen_op` text NOT NULL,
	`kanaal` text NOT NULL,
	`uw_kenmerk` text,
	`hernieuwing_van_id` integer,
	`verzekering_verklaard` integer DEFAULT false NOT NULL,
	`opmerkingen` text,
	`behandelaar_id` integer NOT NULL,
	`status` text DEFAULT 'ingediend' NOT NULL,
	`ontvankelijkheid_beslissing_id` integer,
	`gegrondheid_beslissing_id` integer,
	`aangemaakt_op` text NOT NULL,
	`gewijzigd_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`behandelaar_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_aanvraag` (`id`, `soort`, `organisatie_id`, `ontvangen_op`, `kanaal`, `uw_kenmerk`, `hernieuwing_van_id`, `verzekering_verklaard`, `opmerkingen`, `behandelaar_id`, `status`, `ontvankelijkheid_beslissing_id`, `gegrondheid_beslissing_id`, `aangemaakt_op`, `gewijzigd_op`, `versie`)
  SELECT `id`, `soort`, `organisatie_id`, `ontvangen_op`, `kanaal`, `uw_kenmerk`, `hernieuwing_van_id`, `verzekering_verklaard`, `opmerkingen`, (SELECT `id` FROM `_naam_medewerker` WHERE `naam` = `aanvraag`.`behandelaar`), `status`, `ontvankelijkheid_beslissing_id`, `gegrondheid_beslissing_id`, `aangemaakt_op`, `gewijzigd_op`, `versie` FROM `aanvraag`;
--> statement-breakpoint
DROP TABLE `aanvraag`;
--> statement-breakpoint
ALTER TABLE `__new_aanvraag` RENAME TO `aanvraag`;
--> statement-breakpoint
CREATE INDEX `aanvraag_organisatie_idx` ON `aanvraag` (`organisatie_id`);
--> statement-breakpoint
CREATE INDEX `aanvraag_status_idx` ON `aanvraag` (`status`,`soort`);
--> statement-breakpoint
CREATE INDEX `aanvraag_hernieuwing_idx` ON `aanvraag` (`hernieuwing_van_id`);
--> statement-breakpoint
CREATE TABLE `__new_procedure` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`soort` text NOT NULL,
	`recht_entiteit` text NOT NULL,
	`recht_id` integer NOT NULL,
	`organisatie_id` integer NOT NULL,
	`behandelaar_id` integer NOT NULL,
	`status` text NOT NULL,
	`gronden` text NOT NULL,
	`feiten` text,
	`voornemen_datum` text NOT NULL,
	`voornemen_document_id` integer,
	`reactie_termijn_dagen` integer NOT NULL,
	`reactie_ontvangen_op` text,
	`reactie` text,
	`hoorzitting_gevraagd` integer DEFAULT false NOT NULL,
	`beslissing_id` integer,
	`afgesloten_op` text,
	`afsluit_reden` text,
	`aangemaakt_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`behandelaar_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_procedure` (`id`, `soort`, `recht_entiteit`, `recht_id`, `organisatie_id`, `behandelaar_id`, `status`, `gronden`, `feiten`, `voornemen_datum`, `voornemen_document_id`, `reactie_termijn_dagen`, `reactie_ontvangen_op`, `reactie`, `hoorzitting_gevraagd`, `beslissing_id`, `afgesloten_op`, `afsluit_reden`, `aangemaakt_op`, `versie`)
  SELECT `id`, `soort`, `recht_entiteit`, `recht_id`, `organisatie_id`, (SELECT `id` FROM `_naam_medewerker` WHERE `naam` = `procedure`.`behandelaar`), `status`, `gronden`, `feiten`, `voornemen_datum`, `voornemen_document_id`, `reactie_termijn_dagen`, `reactie_ontvangen_op`, `reactie`, `hoorzitting_gevraagd`, `beslissing_id`, `afgesloten_op`, `afsluit_reden`, `aangemaakt_op`, `versie` FROM `procedure`;
--> statement-breakpoint
DROP TABLE `procedure`;
--> statement-breakpoint
ALTER TABLE `__new_procedure` RENAME TO `procedure`;
--> statement-breakpoint
CREATE INDEX `procedure_recht_idx` ON `procedure` (`recht_entiteit`,`recht_id`);
--> statement-breakpoint
CREATE INDEX `procedure_status_idx` ON `procedure` (`status`);
--> statement-breakpoint
CREATE TABLE `__new_bezwaar` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`beslissing_id` integer NOT NULL,
	`organisatie_id` integer NOT NULL,
	`ontvangen_op` text NOT NULL,
	`kanaal` text NOT NULL,
	`samenvatting` text NOT NULL,
	`uw_kenmerk` text,
	`termijn_einde` text,
	`tijdig` integer NOT NULL,
	`tijdigheid` text DEFAULT 'onbepaald' NOT NULL,
	`status` text NOT NULL,
	`behandelaar_id` integer NOT NULL,
	`uitkomst` text,
	`uitkomst_beslissing_id` integer,
	`ontvangstmelding_document_id` integer,
	`aangemaakt_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`behandelaar_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_bezwaar` (`id`, `beslissing_id`, `organisatie_id`, `ontvangen_op`, `kanaal`, `samenvatting`, `uw_kenmerk`, `termijn_einde`, `tijdig`, `tijdigheid`, `status`, `behandelaar_id`, `uitkomst`, `uitkomst_beslissing_id`, `ontvangstmelding_document_id`, `aangemaakt_op`, `versie`)
  SELECT `id`, `beslissing_id`, `organisatie_id`, `ontvangen_op`, `kanaal`, `samenvatting`, `uw_kenmerk`, `termijn_einde`, `tijdig`, `tijdigheid`, `status`, (SELECT `id` FROM `_naam_medewerker` WHERE `naam` = `bezwaar`.`behandelaar`), `uitkomst`, `uitkomst_beslissing_id`, `ontvangstmelding_document_id`, `aangemaakt_op`, `versie` FROM `bezwaar`;
--> statement-breakpoint
DROP TABLE `bezwaar`;
--> statement-breakpoint
ALTER TABLE `__new_bezwaar` RENAME TO `bezwaar`;
--> statement-breakpoint
CREATE INDEX `bezwaar_beslissing_idx` ON `bezwaar` (`beslissing_id`);
--> statement-breakpoint
CREATE INDEX `bezwaar_status_idx` ON `bezwaar` (`status`);
--> statement-breakpoint
CREATE TABLE `__new_beslissing` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`dossier_entiteit` text NOT NULL,
	`dossier_id` integer NOT NULL,
	`recht_entiteit` text,
	`recht_id` integer,
	`organisatie_id` integer NOT NULL,
	`departement` text NOT NULL,
	`bestuursorgaan` text NOT NULL,
	`beslissingsdatum` text NOT NULL,
	`ingangsdatum` text,
	`einddatum` text,
	`einde_reden` text,
	`feiten` text NOT NULL,
	`rechtsgronden` text NOT NULL,
	`rechtsbasis` text NOT NULL,
	`bezwaar_termijn_dagen` integer,
	`ondertekenaar_id` integer,
	`status` text DEFAULT 'ontwerp' NOT NULL,
	`goedgekeurd_door_id` integer,
	`goedgekeurd_op` text,
	`document_id` integer,
	`verzonden_op` text,
	`uiterste_reactiedatum` text,
	`bezwaar_uitkomst` text,
	`aangemaakt_door_id` integer NOT NULL,
	`aangemaakt_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ondertekenaar_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`goedgekeurd_door_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `document`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`aangemaakt_door_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_beslissing` (`id`, `type`, `dossier_entiteit`, `dossier_id`, `recht_entiteit`, `recht_id`, `organisatie_id`, `departement`, `bestuursorgaan`, `beslissingsdatum`, `ingangsdatum`, `einddatum`, `einde_reden`, `feiten`, `rechtsgronden`, `rechtsbasis`, `bezwaar_termijn_dagen`, `ondertekenaar_id`, `status`, `goedgekeurd_door_id`, `goedgekeurd_op`, `document_id`, `verzonden_op`, `uiterste_reactiedatum`, `bezwaar_uitkomst`, `aangemaakt_door_id`, `aangemaakt_op`, `versie`)
  SELECT `id`, `type`, `dossier_entiteit`, `dossier_id`, `recht_entiteit`, `recht_id`, `organisatie_id`, `departement`, `bestuursorgaan`, `beslissingsdatum`, `ingangsdatum`, `einddatum`, `einde_reden`, `feiten`, `rechtsgronden`, `rechtsbasis`, `bezwaar_termijn_dagen`, `ondertekenaar_id`, `status`,
         (SELECT `id` FROM `_naam_medewerker` WHERE `naam` = `beslissing`.`goedgekeurd_door`), `goedgekeurd_op`, `document_id`, `verzonden_op`, `uiterste_reactiedatum`, `bezwaar_uitkomst`,
         (SELECT `id` FROM `_naam_medewerker` WHERE `naam` = `beslissing`.`aangemaakt_door`), `aangemaakt_op`, `versie` FROM `beslissing`;
--> statement-breakpoint
DROP TABLE `beslissing`;
--> statement-breakpoint
ALTER TABLE `__new_beslissing` RENAME TO `beslissing`;
--> statement-breakpoint
CREATE INDEX `beslissing_dossier_idx` ON `beslissing` (`dossier_entiteit`,`dossier_id`);
--> statement-breakpoint
CREATE INDEX `beslissing_recht_idx` ON `beslissing` (`recht_entiteit`,`recht_id`);
--> statement-breakpoint
CREATE INDEX `beslissing_status_idx` ON `beslissing` (`status`);
--> statement-breakpoint
CREATE TABLE `__new_subsidie_run` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`regeling` text NOT NULL,
	`periode` text NOT NULL,
	`volgnummer` integer NOT NULL,
	`status` text NOT NULL,
	`berekening` text NOT NULL,
	`totaal_cent` integer NOT NULL,
	`aangemaakt_door_id` integer NOT NULL,
	`aangemaakt_op` text NOT NULL,
	`goedgekeurd_door_id` integer,
	`goedgekeurd_op` text,
	FOREIGN KEY (`aangemaakt_door_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`goedgekeurd_door_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_subsidie_run` (`id`, `regeling`, `periode`, `volgnummer`, `status`, `berekening`, `totaal_cent`, `aangemaakt_door_id`, `aangemaakt_op`, `goedgekeurd_door_id`, `goedgekeurd_op`)
  SELECT `id`, `regeling`, `periode`, `volgnummer`, `status`, `berekening`, `totaal_cent`, (SELECT `id` FROM `_naam_medewerker` WHERE `naam` = `subsidie_run`.`aangemaakt_door`), `aangemaakt_op`,
         (SELECT `id` FROM `_naam_medewerker` WHERE `naam` = `subsidie_run`.`goedgekeurd_door`), `goedgekeurd_op` FROM `subsidie_run`;
--> statement-breakpoint
DROP TABLE `subsidie_run`;
--> statement-breakpoint
ALTER TABLE `__new_subsidie_run` RENAME TO `subsidie_run`;
--> statement-breakpoint
CREATE INDEX `subsidie_run_periode_idx` ON `subsidie_run` (`regeling`,`periode`,`volgnummer`);
--> statement-breakpoint
CREATE UNIQUE INDEX `subsidie_run_volgnummer_uniek` ON `subsidie_run` (`regeling`,`periode`,`volgnummer`);
--> statement-breakpoint
CREATE UNIQUE INDEX `subsidie_run_een_voorstel` ON `subsidie_run` (`regeling`,`periode`) WHERE status = 'voorstel';
--> statement-breakpoint
DROP TABLE `_naam_onbekend`;
--> statement-breakpoint
DROP TABLE `_naam_medewerker`;
