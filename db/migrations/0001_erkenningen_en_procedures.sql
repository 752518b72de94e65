CREATE TABLE `aanvraag` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`soort` text NOT NULL,
	`organisatie_id` integer NOT NULL,
	`ontvangen_op` text NOT NULL,
	`kanaal` text NOT NULL,
	`uw_kenmerk` text,
	`hernieuwing_van_id` integer,
	`verzekering_verklaard` integer DEFAULT false NOT NULL,
	`opmerkingen` text,
	`behandelaar` text NOT NULL,
	`status` text DEFAULT 'ingediend' NOT NULL,
	`ontvankelijkheid_beslissing_id` integer,
	`gegrondheid_beslissing_id` integer,
	`aangemaakt_op` text NOT NULL,
	`gewijzigd_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `aanvraag_organisatie_idx` ON `aanvraag` (`organisatie_id`);--> statement-breakpoint
CREATE INDEX `aanvraag_status_idx` ON `aanvraag` (`status`,`soort`);--> statement-breakpoint
CREATE TABLE `aanvraag_personeel` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`naam` text NOT NULL,
	`insz` text NOT NULL,
	`bachelor_richting` text,
	`ervaring_jaren` integer,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvraag`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `aanvraag_personeel_aanvraag_idx` ON `aanvraag_personeel` (`aanvraag_id`);--> statement-breakpoint
CREATE TABLE `bijlage` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entiteit` text NOT NULL,
	`entiteit_id` integer NOT NULL,
	`bestandsnaam` text NOT NULL,
	`mime_type` text NOT NULL,
	`grootte` integer NOT NULL,
	`sha256` text NOT NULL,
	`inhoud` blob NOT NULL,
	`toegevoegd_door` text NOT NULL,
	`toegevoegd_op` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `bijlage_entiteit_idx` ON `bijlage` (`entiteit`,`entiteit_id`);--> statement-breakpoint
CREATE TABLE `gebeurtenis` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entiteit` text NOT NULL,
	`entiteit_id` integer NOT NULL,
	`datum` text NOT NULL,
	`soort` text NOT NULL,
	`omschrijving` text NOT NULL,
	`document_id` integer,
	`door` text NOT NULL,
	`tijdstip` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `gebeurtenis_entiteit_idx` ON `gebeurtenis` (`entiteit`,`entiteit_id`,`id`);--> statement-breakpoint
CREATE TABLE `opschorting` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entiteit` text NOT NULL,
	`entiteit_id` integer NOT NULL,
	`van` text NOT NULL,
	`tot` text,
	`reden` text NOT NULL,
	`antwoord_uiterlijk` text,
	`verzoek_document_id` integer
);
--> statement-breakpoint
CREATE INDEX `opschorting_entiteit_idx` ON `opschorting` (`entiteit`,`entiteit_id`);--> statement-breakpoint
CREATE TABLE `beslissing` (
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
	`goedgekeurd_door` text,
	`goedgekeurd_op` text,
	`document_id` integer,
	`verzonden_op` text,
	`uiterste_reactiedatum` text,
	`bezwaar_uitkomst` text,
	`aangemaakt_door` text NOT NULL,
	`aangemaakt_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ondertekenaar_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `document`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `beslissing_dossier_idx` ON `beslissing` (`dossier_entiteit`,`dossier_id`);--> statement-breakpoint
CREATE INDEX `beslissing_recht_idx` ON `beslissing` (`recht_entiteit`,`recht_id`);--> statement-breakpoint
CREATE INDEX `beslissing_status_idx` ON `beslissing` (`status`);--> statement-breakpoint
CREATE TABLE `erkenning` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`erkenningsnummer` text NOT NULL,
	`organisatie_id` integer NOT NULL,
	`geldig_van` text NOT NULL,
	`geldig_tot` text NOT NULL,
	`status` text NOT NULL,
	`einde_reden` text,
	`oorsprong` text NOT NULL,
	`aanvraag_id` integer,
	`beslissing_id` integer,
	`vorige_erkenning_id` integer,
	`aangemaakt_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `erkenning_erkenningsnummer_unique` ON `erkenning` (`erkenningsnummer`);--> statement-breakpoint
CREATE INDEX `erkenning_organisatie_idx` ON `erkenning` (`organisatie_id`);--> statement-breakpoint
CREATE INDEX `erkenning_status_idx` ON `erkenning` (`status`,`geldig_tot`);--> statement-breakpoint
CREATE TABLE `erkenning_historiek` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`erkenning_id` integer NOT NULL,
	`datum` text NOT NULL,
	`status` text NOT NULL,
	`geldig_tot` text NOT NULL,
	`beslissing_id` integer,
	`toelichting` text NOT NULL,
	FOREIGN KEY (`erkenning_id`) REFERENCES `erkenning`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `erkenning_historiek_idx` ON `erkenning_historiek` (`erkenning_id`);--> statement-breakpoint
CREATE TABLE `bezwaar` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`beslissing_id` integer NOT NULL,
	`organisatie_id` integer NOT NULL,
	`ontvangen_op` text NOT NULL,
	`kanaal` text NOT NULL,
	`samenvatting` text NOT NULL,
	`termijn_einde` text NOT NULL,
	`tijdig` integer NOT NULL,
	`status` text NOT NULL,
	`behandelaar` text NOT NULL,
	`uitkomst` text,
	`uitkomst_beslissing_id` integer,
	`ontvangstmelding_document_id` integer,
	`aangemaakt_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bezwaar_beslissing_idx` ON `bezwaar` (`beslissing_id`);--> statement-breakpoint
CREATE INDEX `bezwaar_status_idx` ON `bezwaar` (`status`);--> statement-breakpoint
CREATE TABLE `hoorzitting` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`procedure_id` integer NOT NULL,
	`datum` text NOT NULL,
	`uur` text,
	`plaats` text NOT NULL,
	`aanwezigen` text,
	`verslag` text,
	`uitnodiging_document_id` integer,
	FOREIGN KEY (`procedure_id`) REFERENCES `procedure`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hoorzitting_procedure_idx` ON `hoorzitting` (`procedure_id`);--> statement-breakpoint
CREATE TABLE `procedure` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`soort` text NOT NULL,
	`recht_entiteit` text NOT NULL,
	`recht_id` integer NOT NULL,
	`organisatie_id` integer NOT NULL,
	`behandelaar` text NOT NULL,
	`status` text NOT NULL,
	`gronden` text NOT NULL,
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
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `procedure_recht_idx` ON `procedure` (`recht_entiteit`,`recht_id`);--> statement-breakpoint
CREATE INDEX `procedure_status_idx` ON `procedure` (`status`);