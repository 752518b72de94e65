CREATE INDEX `aanvraag_hernieuwing_idx` ON `aanvraag` (`hernieuwing_van_id`);--> statement-breakpoint
CREATE INDEX `erkenning_vorige_idx` ON `erkenning` (`vorige_erkenning_id`);