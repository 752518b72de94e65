CREATE TABLE `organisatie_type` (
	`code` text PRIMARY KEY NOT NULL,
	`naam` text NOT NULL,
	`ama_wvg_erkenbaar` integer DEFAULT false NOT NULL,
	`ama_wvg_erkenbaar_tot` text,
	`swv_zorg_categorie` integer
);
--> statement-breakpoint
CREATE TABLE `provincie` (
	`code` text PRIMARY KEY NOT NULL,
	`naam` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `referentieregio` (
	`code` text PRIMARY KEY NOT NULL,
	`naam` text NOT NULL,
	`provincie_code` text NOT NULL,
	FOREIGN KEY (`provincie_code`) REFERENCES `provincie`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `regio_aangrenzend` (
	`regio_a` text NOT NULL,
	`regio_b` text NOT NULL,
	PRIMARY KEY(`regio_a`, `regio_b`),
	FOREIGN KEY (`regio_a`) REFERENCES `werk_zorg_regio`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`regio_b`) REFERENCES `werk_zorg_regio`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `werk_zorg_regio` (
	`code` text PRIMARY KEY NOT NULL,
	`naam` text NOT NULL,
	`referentieregio_code` text NOT NULL,
	`objectief_2024` integer,
	FOREIGN KEY (`referentieregio_code`) REFERENCES `referentieregio`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `contactpersoon` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisatie_id` integer NOT NULL,
	`volgorde` integer DEFAULT 0 NOT NULL,
	`naam` text NOT NULL,
	`functie` text,
	`email` text,
	`telefoon` text,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contactpersoon_organisatie_idx` ON `contactpersoon` (`organisatie_id`);--> statement-breakpoint
CREATE TABLE `organisatie` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`naam` text NOT NULL,
	`kbo` text NOT NULL,
	`type_code` text NOT NULL,
	`straat` text NOT NULL,
	`postcode` text NOT NULL,
	`gemeente` text NOT NULL,
	`regio_code` text NOT NULL,
	`iban` text,
	`email` text,
	`telefoon` text,
	`status` text DEFAULT 'actief' NOT NULL,
	`stopgezet_op` text,
	`aangemaakt_op` text NOT NULL,
	`gewijzigd_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`type_code`) REFERENCES `organisatie_type`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`regio_code`) REFERENCES `werk_zorg_regio`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisatie_kbo_unique` ON `organisatie` (`kbo`);--> statement-breakpoint
CREATE INDEX `organisatie_naam_idx` ON `organisatie` (`naam`);--> statement-breakpoint
CREATE INDEX `organisatie_type_idx` ON `organisatie` (`type_code`);--> statement-breakpoint
CREATE INDEX `organisatie_regio_idx` ON `organisatie` (`regio_code`);--> statement-breakpoint
CREATE TABLE `audit_entry` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tijdstip` text NOT NULL,
	`gebruiker` text NOT NULL,
	`rol` text NOT NULL,
	`methode` text NOT NULL,
	`entiteit` text NOT NULL,
	`entiteit_id` text NOT NULL,
	`actie` text NOT NULL,
	`oud` text,
	`nieuw` text,
	`reden` text
);
--> statement-breakpoint
CREATE INDEX `audit_entiteit_idx` ON `audit_entry` (`entiteit`,`entiteit_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_gebruiker_idx` ON `audit_entry` (`gebruiker`,`tijdstip`);--> statement-breakpoint
CREATE INDEX `audit_tijdstip_idx` ON `audit_entry` (`tijdstip`);--> statement-breakpoint
CREATE TABLE `parameter` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`omschrijving` text NOT NULL,
	`eenheid` text NOT NULL,
	`waarde_getal` integer,
	`waarde_datum` text,
	`geldig_van` text NOT NULL,
	`geldig_tot` text,
	`wettelijke_basis` text NOT NULL,
	`bron_status` text NOT NULL,
	`toelichting` text
);
--> statement-breakpoint
CREATE INDEX `parameter_code_idx` ON `parameter` (`code`,`geldig_van`);--> statement-breakpoint
CREATE TABLE `medewerker` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`naam` text NOT NULL,
	`functie` text DEFAULT '' NOT NULL,
	`departement` text NOT NULL,
	`dienst` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`telefoon` text DEFAULT '' NOT NULL,
	`mag_ondertekenen` integer DEFAULT false NOT NULL,
	`delegatie` text,
	`actief` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `medewerker_naam_unique` ON `medewerker` (`naam`);--> statement-breakpoint
CREATE TABLE `document` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kenmerk` text NOT NULL,
	`brief_type` text NOT NULL,
	`template_versie` integer NOT NULL,
	`departement` text NOT NULL,
	`onderwerp` text NOT NULL,
	`organisatie_id` integer,
	`dossier_entiteit` text,
	`dossier_id` text,
	`bestandsnaam` text NOT NULL,
	`sha256` text NOT NULL,
	`grootte` integer NOT NULL,
	`inhoud` blob NOT NULL,
	`gegevens` text NOT NULL,
	`contactpersoon_id` integer,
	`ondertekenaar_id` integer,
	`aangemaakt_door` text NOT NULL,
	`aangemaakt_op` text NOT NULL,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contactpersoon_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ondertekenaar_id`) REFERENCES `medewerker`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_kenmerk_unique` ON `document` (`kenmerk`);--> statement-breakpoint
CREATE INDEX `document_organisatie_idx` ON `document` (`organisatie_id`);--> statement-breakpoint
CREATE INDEX `document_dossier_idx` ON `document` (`dossier_entiteit`,`dossier_id`);--> statement-breakpoint
CREATE INDEX `document_aangemaakt_idx` ON `document` (`aangemaakt_op`);--> statement-breakpoint
CREATE TABLE `verzending` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`kanaal` text NOT NULL,
	`verzonden_op` text NOT NULL,
	`ontvangen_op` text,
	`bewijs_referentie` text,
	`geregistreerd_door` text NOT NULL,
	`geregistreerd_op` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `document`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `verzending_document_idx` ON `verzending` (`document_id`);