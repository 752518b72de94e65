CREATE TABLE `se_aanvraag` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`oproep_id` integer NOT NULL,
	`organisatie_id` integer NOT NULL,
	`ontvangen_op` text NOT NULL,
	`gevraagd` integer NOT NULL,
	`motivering` text NOT NULL,
	`prioriteit` integer,
	`status` text NOT NULL,
	`onderneming_in_moeilijkheden` integer,
	`stimulerend_effect` integer,
	`andere_steun_cent` integer,
	`toegekend` integer,
	`toekenning_motivering` text,
	`behandelaar_id` integer NOT NULL,
	`aangemaakt_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`oproep_id`) REFERENCES `se_oproep`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`behandelaar_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `se_aanvraag_oproep_idx` ON `se_aanvraag` (`oproep_id`);--> statement-breakpoint
CREATE TABLE `se_contingent` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisatie_id` integer NOT NULL,
	`plaatsen` integer NOT NULL,
	`geldig_van` text NOT NULL,
	`geldig_tot` text,
	`reden` text NOT NULL,
	`beslissing` text NOT NULL,
	`beslissing_id` integer,
	`bron` text NOT NULL,
	`aangemaakt_op` text NOT NULL,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`beslissing_id`) REFERENCES `beslissing`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `se_contingent_org_idx` ON `se_contingent` (`organisatie_id`,`geldig_van`);--> statement-breakpoint
CREATE TABLE `se_evaluatie` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jaar` integer NOT NULL,
	`organisatie_id` integer NOT NULL,
	`plaats_dagen` integer NOT NULL,
	`deelnemersdagen` integer NOT NULL,
	`drempel_bp` integer NOT NULL,
	`afronding` text NOT NULL,
	`deler` integer NOT NULL,
	`contingent_op_ingang` integer NOT NULL,
	`vermindering` integer NOT NULL,
	`nieuw_contingent` integer NOT NULL,
	`ingangsdatum` text NOT NULL,
	`beslissing_id` integer,
	`aangemaakt_op` text NOT NULL,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`beslissing_id`) REFERENCES `beslissing`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `se_evaluatie_jaar_idx` ON `se_evaluatie` (`jaar`,`organisatie_id`);--> statement-breakpoint
CREATE TABLE `se_melding` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisatie_id` integer NOT NULL,
	`datum` text NOT NULL,
	`omschrijving` text NOT NULL,
	`geregistreerd_door_id` integer NOT NULL,
	`aangemaakt_op` text NOT NULL,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`geregistreerd_door_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `se_melding_org_idx` ON `se_melding` (`organisatie_id`);--> statement-breakpoint
CREATE TABLE `se_oproep` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`titel` text NOT NULL,
	`soort` text NOT NULL,
	`plaatsen` integer NOT NULL,
	`plaatsen_vanaf` text NOT NULL,
	`verdelingscriteria` text NOT NULL,
	`prioriteitscriteria` text NOT NULL,
	`advies` text NOT NULL,
	`geopend_op` text NOT NULL,
	`sluit_op` text NOT NULL,
	`aangemaakt_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `se_partner` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`maatwerkbedrijf_id` integer NOT NULL,
	`organisatie_id` integer NOT NULL,
	`rol` text NOT NULL,
	`van` text NOT NULL,
	`tot` text,
	`aangemaakt_op` text NOT NULL,
	FOREIGN KEY (`maatwerkbedrijf_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `se_partner_mwb_idx` ON `se_partner` (`maatwerkbedrijf_id`);--> statement-breakpoint
CREATE TABLE `se_afrekening_lijn` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`organisatie_id` integer NOT NULL,
	`deelname_id` integer NOT NULL,
	`dagen` integer NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `betaalrun`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deelname_id`) REFERENCES `se_deelname`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `se_afrekening_lijn_run_idx` ON `se_afrekening_lijn` (`run_id`,`organisatie_id`);--> statement-breakpoint
CREATE TABLE `se_deelname` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisatie_id` integer NOT NULL,
	`deelnemer_id` integer NOT NULL,
	`werkpost_kbo` text,
	`startdatum` text NOT NULL,
	`einddatum` text,
	`vdab_beslissing_op` text,
	`dimona_in` text,
	`dimona_uit` text,
	`bewijs_start_op` text,
	`bewijs_einde_op` text,
	`bron` text NOT NULL,
	`aangemaakt_op` text NOT NULL,
	`gewijzigd_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deelnemer_id`) REFERENCES `deelnemer`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `se_deelname_org_idx` ON `se_deelname` (`organisatie_id`,`startdatum`);--> statement-breakpoint
CREATE INDEX `se_deelname_deelnemer_idx` ON `se_deelname` (`deelnemer_id`);