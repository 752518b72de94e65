-- One payment-run pipeline for every scheme (issue 8): the AMA WVG subsidy runs become runs of the
-- generic engine. subsidie_run → betaalrun (with its department as data), subsidie_betaling →
-- betaalrun_betaling (with the number of lines and days per payee, and the payee as approved: name,
-- KBO and IBAN frozen at approval — the payment file uses them). subsidie_lijn stays the AMA WVG
-- lines and now refers to betaalrun. For runs approved before this version the frozen payee is the
-- organisation's data at the time of the upgrade (the best that is known; docs/decisions.md).
ALTER TABLE `subsidie_run` RENAME TO `betaalrun`;
--> statement-breakpoint
ALTER TABLE `subsidie_betaling` RENAME TO `betaalrun_betaling`;
--> statement-breakpoint
CREATE TABLE `__new_betaalrun` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`regeling` text NOT NULL,
	`departement` text NOT NULL,
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
INSERT INTO `__new_betaalrun` (`id`, `regeling`, `departement`, `periode`, `volgnummer`, `status`, `berekening`, `totaal_cent`, `aangemaakt_door_id`, `aangemaakt_op`, `goedgekeurd_door_id`, `goedgekeurd_op`)
  SELECT `id`, `regeling`, 'ZORG', `periode`, `volgnummer`, `status`, `berekening`, `totaal_cent`, `aangemaakt_door_id`, `aangemaakt_op`, `goedgekeurd_door_id`, `goedgekeurd_op` FROM `betaalrun`;
--> statement-breakpoint
DROP TABLE `betaalrun`;
--> statement-breakpoint
ALTER TABLE `__new_betaalrun` RENAME TO `betaalrun`;
--> statement-breakpoint
CREATE UNIQUE INDEX `betaalrun_volgnummer_uniek` ON `betaalrun` (`regeling`,`periode`,`volgnummer`);
--> statement-breakpoint
CREATE UNIQUE INDEX `betaalrun_een_voorstel` ON `betaalrun` (`regeling`,`periode`) WHERE status = 'voorstel';
--> statement-breakpoint
CREATE INDEX `betaalrun_status_idx` ON `betaalrun` (`status`,`regeling`);
--> statement-breakpoint
CREATE TABLE `__new_betaalrun_betaling` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`organisatie_id` integer NOT NULL,
	`aantal_lijnen` integer NOT NULL,
	`dagen` integer,
	`bruto_cent` integer NOT NULL,
	`vermindering_cent` integer NOT NULL,
	`verschuldigd_cent` integer NOT NULL,
	`eerder_betaald_cent` integer NOT NULL,
	`saldo_cent` integer NOT NULL,
	`verrekend_cent` integer NOT NULL,
	`te_betalen_cent` integer NOT NULL,
	`terugvordering` text,
	`procedure_id` integer,
	`referentie` text NOT NULL,
	`document_id` integer,
	`begunstigde_naam` text,
	`begunstigde_kbo` text,
	`iban` text,
	`berekening` text NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `betaalrun`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_betaalrun_betaling` (`id`, `run_id`, `organisatie_id`, `aantal_lijnen`, `dagen`, `bruto_cent`, `vermindering_cent`, `verschuldigd_cent`, `eerder_betaald_cent`,
    `saldo_cent`, `verrekend_cent`, `te_betalen_cent`, `terugvordering`, `procedure_id`, `referentie`, `document_id`, `begunstigde_naam`, `begunstigde_kbo`, `iban`, `berekening`)
  SELECT b.`id`, b.`run_id`, b.`organisatie_id`,
         (SELECT count(*) FROM `subsidie_lijn` l WHERE l.`run_id` = b.`run_id` AND l.`organisatie_id` = b.`organisatie_id`),
         (SELECT coalesce(sum(l.`dagen`), 0) FROM `subsidie_lijn` l WHERE l.`run_id` = b.`run_id` AND l.`organisatie_id` = b.`organisatie_id`),
         b.`bruto_cent`, b.`vermindering_cent`, b.`verschuldigd_cent`, b.`eerder_betaald_cent`, b.`saldo_cent`, b.`verrekend_cent`, b.`te_betalen_cent`,
         b.`terugvordering`, b.`procedure_id`, b.`referentie`, b.`document_id`,
         CASE WHEN r.`status` = 'goedgekeurd' THEN o.`naam` END, CASE WHEN r.`status` = 'goedgekeurd' THEN o.`kbo` END, CASE WHEN r.`status` = 'goedgekeurd' THEN o.`iban` END,
         b.`berekening`
    FROM `betaalrun_betaling` b JOIN `betaalrun` r ON r.`id` = b.`run_id` JOIN `organisatie` o ON o.`id` = b.`organisatie_id`;
--> statement-breakpoint
DROP TABLE `betaalrun_betaling`;
--> statement-breakpoint
ALTER TABLE `__new_betaalrun_betaling` RENAME TO `betaalrun_betaling`;
--> statement-breakpoint
CREATE UNIQUE INDEX `betaalrun_betaling_run_org_uniek` ON `betaalrun_betaling` (`run_id`,`organisatie_id`);
--> statement-breakpoint
CREATE INDEX `betaalrun_betaling_org_idx` ON `betaalrun_betaling` (`organisatie_id`);
--> statement-breakpoint
UPDATE `document` SET `dossier_entiteit` = 'betaalrun' WHERE `dossier_entiteit` = 'subsidie_run';
