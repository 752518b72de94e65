CREATE TABLE `deelnemer` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`insz` text,
	`voornaam` text,
	`achternaam` text,
	`geboortedatum` text,
	`geboortejaar` integer,
	`geanonimiseerd_op` text,
	`aangemaakt_op` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deelnemer_insz_idx` ON `deelnemer` (`insz`);--> statement-breakpoint
CREATE TABLE `evaluatie` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`overeenkomst_id` integer NOT NULL,
	`datum` text NOT NULL,
	`opmerking` text,
	FOREIGN KEY (`overeenkomst_id`) REFERENCES `overeenkomst`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evaluatie_overeenkomst_idx` ON `evaluatie` (`overeenkomst_id`,`datum`);--> statement-breakpoint
CREATE TABLE `overeenkomst` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisatie_id` integer NOT NULL,
	`erkenning_id` integer NOT NULL,
	`deelnemer_id` integer NOT NULL,
	`werkpost_naam` text NOT NULL,
	`werkpost_kbo` text,
	`werkpost_locaties` text NOT NULL,
	`startdatum` text NOT NULL,
	`einddatum` text,
	`einde_reden` text,
	`contact_email` text,
	`model_overeenkomst` integer DEFAULT true NOT NULL,
	`geen_combinatie_verklaard` integer DEFAULT false NOT NULL,
	`bijlage_id` integer,
	`bron` text DEFAULT 'manueel' NOT NULL,
	`aangemaakt_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`erkenning_id`) REFERENCES `erkenning`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deelnemer_id`) REFERENCES `deelnemer`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `overeenkomst_organisatie_idx` ON `overeenkomst` (`organisatie_id`,`startdatum`);--> statement-breakpoint
CREATE INDEX `overeenkomst_deelnemer_idx` ON `overeenkomst` (`deelnemer_id`,`startdatum`);--> statement-breakpoint
CREATE INDEX `overeenkomst_erkenning_idx` ON `overeenkomst` (`erkenning_id`);--> statement-breakpoint
CREATE TABLE `subsidie_betaling` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`organisatie_id` integer NOT NULL,
	`verschuldigd_cent` integer NOT NULL,
	`eerder_betaald_cent` integer NOT NULL,
	`saldo_cent` integer NOT NULL,
	`referentie` text NOT NULL,
	`document_id` integer,
	FOREIGN KEY (`run_id`) REFERENCES `subsidie_run`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `subsidie_betaling_run_idx` ON `subsidie_betaling` (`run_id`);--> statement-breakpoint
CREATE INDEX `subsidie_betaling_org_idx` ON `subsidie_betaling` (`organisatie_id`);--> statement-breakpoint
CREATE TABLE `subsidie_lijn` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`organisatie_id` integer NOT NULL,
	`deelnemer_id` integer,
	`dagen` integer NOT NULL,
	`bedrag_cent` integer NOT NULL,
	`berekening` text NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `subsidie_run`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `subsidie_lijn_run_idx` ON `subsidie_lijn` (`run_id`,`organisatie_id`);--> statement-breakpoint
CREATE TABLE `subsidie_run` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`regeling` text NOT NULL,
	`periode` text NOT NULL,
	`volgnummer` integer NOT NULL,
	`status` text NOT NULL,
	`berekening` text NOT NULL,
	`totaal_cent` integer NOT NULL,
	`aangemaakt_door` text NOT NULL,
	`aangemaakt_op` text NOT NULL,
	`goedgekeurd_door` text,
	`goedgekeurd_op` text
);
--> statement-breakpoint
CREATE INDEX `subsidie_run_periode_idx` ON `subsidie_run` (`regeling`,`periode`,`volgnummer`);