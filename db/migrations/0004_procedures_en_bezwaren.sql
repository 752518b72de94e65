PRAGMA foreign_keys=OFF;--> statement-breakpoint
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
	`behandelaar` text NOT NULL,
	`uitkomst` text,
	`uitkomst_beslissing_id` integer,
	`ontvangstmelding_document_id` integer,
	`aangemaakt_op` text NOT NULL,
	`versie` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_bezwaar`("id", "beslissing_id", "organisatie_id", "ontvangen_op", "kanaal", "samenvatting", "termijn_einde", "tijdig", "tijdigheid", "status", "behandelaar", "uitkomst", "uitkomst_beslissing_id", "ontvangstmelding_document_id", "aangemaakt_op", "versie") SELECT "id", "beslissing_id", "organisatie_id", "ontvangen_op", "kanaal", "samenvatting", "termijn_einde", "tijdig", CASE WHEN "tijdig" THEN 'tijdig' ELSE 'laattijdig' END, "status", "behandelaar", "uitkomst", "uitkomst_beslissing_id", "ontvangstmelding_document_id", "aangemaakt_op", "versie" FROM `bezwaar`;--> statement-breakpoint
DROP TABLE `bezwaar`;--> statement-breakpoint
ALTER TABLE `__new_bezwaar` RENAME TO `bezwaar`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `bezwaar_beslissing_idx` ON `bezwaar` (`beslissing_id`);--> statement-breakpoint
CREATE INDEX `bezwaar_status_idx` ON `bezwaar` (`status`);--> statement-breakpoint
ALTER TABLE `hoorzitting` ADD `verslag_document_id` integer;--> statement-breakpoint
ALTER TABLE `procedure` ADD `feiten` text;