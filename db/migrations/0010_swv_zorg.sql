CREATE TABLE `mandaat` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`swv_id` integer NOT NULL,
	`regio_code` text NOT NULL,
	`geldig_van` text NOT NULL,
	`geldig_tot` text NOT NULL,
	`status` text NOT NULL,
	`ministerieel_besluit` text,
	`beslissing_id` integer,
	`bron` text NOT NULL,
	`aangemaakt_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`swv_id`) REFERENCES `samenwerkingsverband`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`regio_code`) REFERENCES `werk_zorg_regio`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`beslissing_id`) REFERENCES `beslissing`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mandaat_regio_idx` ON `mandaat` (`regio_code`,`geldig_van`);--> statement-breakpoint
CREATE INDEX `mandaat_swv_idx` ON `mandaat` (`swv_id`);--> statement-breakpoint
CREATE TABLE `mandaat_historiek` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mandaat_id` integer NOT NULL,
	`datum` text NOT NULL,
	`wat` text NOT NULL,
	`beslissing_id` integer,
	`toelichting` text NOT NULL,
	FOREIGN KEY (`mandaat_id`) REFERENCES `mandaat`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`beslissing_id`) REFERENCES `beslissing`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mandaat_historiek_idx` ON `mandaat_historiek` (`mandaat_id`,`id`);--> statement-breakpoint
CREATE TABLE `mandaat_schorsing` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mandaat_id` integer NOT NULL,
	`van` text NOT NULL,
	`tot` text,
	`beslissing_id` integer,
	FOREIGN KEY (`mandaat_id`) REFERENCES `mandaat`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`beslissing_id`) REFERENCES `beslissing`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mandaat_schorsing_idx` ON `mandaat_schorsing` (`mandaat_id`);--> statement-breakpoint
CREATE TABLE `oproep` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`titel` text NOT NULL,
	`indienen_van` text NOT NULL,
	`indienen_tot` text NOT NULL,
	`regios` text NOT NULL,
	`criteria` text NOT NULL,
	`beslechting` text NOT NULL,
	`mandaat_van` text NOT NULL,
	`mandaat_tot` text NOT NULL,
	`brief_elementen` text NOT NULL,
	`aangemaakt_door_id` integer NOT NULL,
	`aangemaakt_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`aangemaakt_door_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `samenwerkingsverband` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`naam` text NOT NULL,
	`aanspreekpunt_id` integer NOT NULL,
	`aangemaakt_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`aanspreekpunt_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `samenwerkingsverband_naam_unique` ON `samenwerkingsverband` (`naam`);--> statement-breakpoint
CREATE TABLE `swv_aanvraag` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`oproep_id` integer NOT NULL,
	`naam` text NOT NULL,
	`swv_id` integer,
	`aanspreekpunt_id` integer NOT NULL,
	`keuze` text NOT NULL,
	`ontvangen_op` text NOT NULL,
	`items` text NOT NULL,
	`status` text NOT NULL,
	`behandelaar_id` integer NOT NULL,
	`aangemaakt_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`oproep_id`) REFERENCES `oproep`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`swv_id`) REFERENCES `samenwerkingsverband`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`aanspreekpunt_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`behandelaar_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `swv_aanvraag_oproep_idx` ON `swv_aanvraag` (`oproep_id`);--> statement-breakpoint
CREATE TABLE `swv_aanvraag_partner` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`organisatie_id` integer NOT NULL,
	`categorie` integer NOT NULL,
	`expertise` text,
	`icf` text,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `swv_aanvraag`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `swv_aanvraag_partner_idx` ON `swv_aanvraag_partner` (`aanvraag_id`);--> statement-breakpoint
CREATE TABLE `swv_aanvraag_regio` (
	`aanvraag_id` integer NOT NULL,
	`regio_code` text NOT NULL,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `swv_aanvraag`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`regio_code`) REFERENCES `werk_zorg_regio`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `swv_aanvraag_regio_uniek` ON `swv_aanvraag_regio` (`aanvraag_id`,`regio_code`);--> statement-breakpoint
CREATE TABLE `swv_partner` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`swv_id` integer NOT NULL,
	`organisatie_id` integer NOT NULL,
	`categorie` integer NOT NULL,
	`van` text NOT NULL,
	`tot` text,
	`expertise` text,
	`icf` text,
	`beslissing_id` integer,
	FOREIGN KEY (`swv_id`) REFERENCES `samenwerkingsverband`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`beslissing_id`) REFERENCES `beslissing`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `swv_partner_swv_idx` ON `swv_partner` (`swv_id`);--> statement-breakpoint
CREATE INDEX `swv_partner_org_idx` ON `swv_partner` (`organisatie_id`);--> statement-breakpoint
CREATE TABLE `swv_score` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`regio_code` text NOT NULL,
	`criterium` text NOT NULL,
	`score` integer NOT NULL,
	`motivering` text NOT NULL,
	`door_id` integer NOT NULL,
	`gewijzigd_op` text NOT NULL,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `swv_aanvraag`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`door_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `swv_score_uniek` ON `swv_score` (`aanvraag_id`,`regio_code`,`criterium`);--> statement-breakpoint
CREATE TABLE `compensatie_lijn` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`organisatie_id` integer NOT NULL,
	`swv_id` integer NOT NULL,
	`traject_id` integer NOT NULL,
	`einddatum` text NOT NULL,
	`looptijd_dagen` integer,
	`percentage_bp` integer NOT NULL,
	`bedrag_cent` integer NOT NULL,
	`reeds_betaald_cent` integer NOT NULL,
	`te_betalen_cent` integer NOT NULL,
	`reden` text NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `betaalrun`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`swv_id`) REFERENCES `samenwerkingsverband`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`traject_id`) REFERENCES `traject`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `compensatie_lijn_run_idx` ON `compensatie_lijn` (`run_id`,`organisatie_id`);--> statement-breakpoint
CREATE INDEX `compensatie_lijn_traject_idx` ON `compensatie_lijn` (`traject_id`);--> statement-breakpoint
CREATE TABLE `traject` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trajectnummer` text NOT NULL,
	`deelnemer_id` integer NOT NULL,
	`regio_code` text NOT NULL,
	`datum_aanmelding` text NOT NULL,
	`datum_trajectplan` text,
	`status` text NOT NULL,
	`datum_einde` text,
	`datum_eindverslag` text,
	`datum_eindadvies` text,
	`reden_einde` text,
	`swv_id` integer,
	`mandaat_id` integer,
	`oude_regeling` integer DEFAULT false NOT NULL,
	`bron` text NOT NULL,
	`aangemaakt_op` text NOT NULL,
	`gewijzigd_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`deelnemer_id`) REFERENCES `deelnemer`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`swv_id`) REFERENCES `samenwerkingsverband`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mandaat_id`) REFERENCES `mandaat`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `traject_trajectnummer_unique` ON `traject` (`trajectnummer`);--> statement-breakpoint
CREATE INDEX `traject_regio_idx` ON `traject` (`regio_code`,`datum_aanmelding`);--> statement-breakpoint
CREATE INDEX `traject_swv_idx` ON `traject` (`swv_id`);--> statement-breakpoint
CREATE INDEX `traject_deelnemer_idx` ON `traject` (`deelnemer_id`);--> statement-breakpoint
CREATE INDEX `traject_eindverslag_idx` ON `traject` (`datum_eindadvies`);--> statement-breakpoint
CREATE INDEX `traject_einde_idx` ON `traject` (`datum_einde`);--> statement-breakpoint
CREATE TABLE `traject_historiek` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`traject_id` integer NOT NULL,
	`gewijzigd_op` text NOT NULL,
	`bron` text NOT NULL,
	`wijzigingen` text NOT NULL,
	FOREIGN KEY (`traject_id`) REFERENCES `traject`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `traject_historiek_idx` ON `traject_historiek` (`traject_id`,`id`);