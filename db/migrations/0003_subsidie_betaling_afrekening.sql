ALTER TABLE `subsidie_betaling` ADD `bruto_cent` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `subsidie_betaling` ADD `vermindering_cent` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `subsidie_betaling` ADD `verrekend_cent` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `subsidie_betaling` ADD `te_betalen_cent` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `subsidie_betaling` ADD `terugvordering` text;--> statement-breakpoint
ALTER TABLE `subsidie_betaling` ADD `procedure_id` integer;--> statement-breakpoint
ALTER TABLE `subsidie_betaling` ADD `berekening` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `subsidie_betaling_run_org_uniek` ON `subsidie_betaling` (`run_id`,`organisatie_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `subsidie_run_volgnummer_uniek` ON `subsidie_run` (`regeling`,`periode`,`volgnummer`);--> statement-breakpoint
CREATE UNIQUE INDEX `subsidie_run_een_voorstel` ON `subsidie_run` (`regeling`,`periode`) WHERE status = 'voorstel';