-- Issue 13. The big registers page in the database: each one's default order walks an index, so the first page reads the
-- rows it shows instead of sorting the whole register (organisations by name without case, agreements by start, trajectories
-- by registration).
CREATE INDEX `organisatie_naam_nocase_idx` ON `organisatie` ("naam" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `overeenkomst_start_idx` ON `overeenkomst` (`startdatum`);--> statement-breakpoint
CREATE INDEX `traject_aanmelding_idx` ON `traject` (`datum_aanmelding`);