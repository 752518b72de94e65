CREATE TABLE `toegangslog` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tijdstip` text NOT NULL,
	`medewerker_id` integer,
	`gebruiker` text NOT NULL,
	`rol` text NOT NULL,
	`methode` text NOT NULL,
	`entiteit` text NOT NULL,
	`entiteit_id` text NOT NULL,
	`wat` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `toegangslog_entiteit_idx` ON `toegangslog` (`entiteit`,`entiteit_id`,`id`);--> statement-breakpoint
CREATE INDEX `toegangslog_tijdstip_idx` ON `toegangslog` (`tijdstip`);