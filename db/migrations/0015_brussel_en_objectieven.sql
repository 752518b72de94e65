-- Issue 12. The report counts organisations by the province of their establishment address (postcode; `BRU` for
-- the Brussels-Capital Region, which has no werk- en zorgregio) and compares trajectories with a yearly objective
-- per werk- en zorgregio. provincie_code is derived from the postcode with the ranges of shared/kernel/postcode.ts
-- (Wallonia: none); an organisation in Brussels loses the werk- en zorgregio it had to be given before (the change
-- is audited below). The 2024 objectives move from werk_zorg_regio.objectief_2024 into regio_objectief.
-- (Foreign keys are off during every migration: applyMigrations.)
CREATE TABLE `regio_objectief` (
	`regio_code` text NOT NULL,
	`jaar` integer NOT NULL,
	`objectief` integer NOT NULL,
	`bron` text NOT NULL,
	`gewijzigd_op` text NOT NULL,
	PRIMARY KEY(`regio_code`, `jaar`),
	FOREIGN KEY (`regio_code`) REFERENCES `werk_zorg_regio`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `audit_entry` (`tijdstip`, `medewerker_id`, `gebruiker`, `rol`, `methode`, `entiteit`, `entiteit_id`, `actie`, `oud`, `nieuw`, `reden`)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL, 'systeem', 'beheerder', 'migratie 0015', 'organisatie', CAST(`id` AS text), 'gewijzigd',
         json_object('regioCode', `regio_code`), json_object('regioCode', NULL, 'provincieCode', 'BRU'),
         'Gevestigd in het Brussels Hoofdstedelijk Gewest: provincie BRU, geen werk- en zorgregio'
    FROM `organisatie` WHERE CAST(`postcode` AS integer) BETWEEN 1000 AND 1299;
--> statement-breakpoint
INSERT OR IGNORE INTO `provincie` (`code`, `naam`) VALUES ('ANT', 'Antwerpen'), ('LIM', 'Limburg'), ('OVL', 'Oost-Vlaanderen'), ('VBR', 'Vlaams-Brabant'), ('WVL', 'West-Vlaanderen'), ('BRU', 'Brussels Hoofdstedelijk Gewest');
--> statement-breakpoint
CREATE TABLE `__new_organisatie` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`naam` text NOT NULL,
	`kbo` text NOT NULL,
	`type_code` text NOT NULL,
	`straat` text NOT NULL,
	`postcode` text NOT NULL,
	`gemeente` text NOT NULL,
	`regio_code` text,
	`provincie_code` text,
	`iban` text,
	`email` text,
	`telefoon` text,
	`status` text DEFAULT 'actief' NOT NULL,
	`stopgezet_op` text,
	`aangemaakt_op` text NOT NULL,
	`gewijzigd_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`type_code`) REFERENCES `organisatie_type`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`regio_code`) REFERENCES `werk_zorg_regio`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provincie_code`) REFERENCES `provincie`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_organisatie`("id", "naam", "kbo", "type_code", "straat", "postcode", "gemeente", "regio_code", "provincie_code", "iban", "email", "telefoon", "status", "stopgezet_op", "aangemaakt_op", "gewijzigd_op", "versie") SELECT "id", "naam", "kbo", "type_code", "straat", "postcode", "gemeente", CASE WHEN CAST("postcode" AS integer) BETWEEN 1000 AND 1299 THEN NULL ELSE "regio_code" END, (SELECT p.`code` FROM `provincie` p WHERE p.`code` = CASE WHEN CAST("postcode" AS integer) BETWEEN 1000 AND 1299 THEN 'BRU' WHEN CAST("postcode" AS integer) BETWEEN 1500 AND 1999 THEN 'VBR' WHEN CAST("postcode" AS integer) BETWEEN 2000 AND 2999 THEN 'ANT' WHEN CAST("postcode" AS integer) BETWEEN 3000 AND 3499 THEN 'VBR' WHEN CAST("postcode" AS integer) BETWEEN 3500 AND 3999 THEN 'LIM' WHEN CAST("postcode" AS integer) BETWEEN 8000 AND 8999 THEN 'WVL' WHEN CAST("postcode" AS integer) BETWEEN 9000 AND 9999 THEN 'OVL' END), "iban", "email", "telefoon", "status", "stopgezet_op", "aangemaakt_op", "gewijzigd_op", "versie" FROM `organisatie`;--> statement-breakpoint
DROP TABLE `organisatie`;--> statement-breakpoint
ALTER TABLE `__new_organisatie` RENAME TO `organisatie`;--> statement-breakpoint
CREATE UNIQUE INDEX `organisatie_kbo_unique` ON `organisatie` (`kbo`);--> statement-breakpoint
CREATE INDEX `organisatie_naam_idx` ON `organisatie` (`naam`);--> statement-breakpoint
CREATE INDEX `organisatie_type_idx` ON `organisatie` (`type_code`);--> statement-breakpoint
CREATE INDEX `organisatie_regio_idx` ON `organisatie` (`regio_code`);--> statement-breakpoint
CREATE INDEX `organisatie_provincie_idx` ON `organisatie` (`provincie_code`);--> statement-breakpoint
INSERT INTO `regio_objectief` (`regio_code`, `jaar`, `objectief`, `bron`, `gewijzigd_op`)
  SELECT `code`, 2024, `objectief_2024`, 'Jaarrapport werk- en zorgtrajecten 2024 (seed 004)', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM `werk_zorg_regio` WHERE `objectief_2024` IS NOT NULL;
