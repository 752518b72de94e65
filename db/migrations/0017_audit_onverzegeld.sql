-- Issue 13. The audit entries not sealed yet (written by seeds and migrations) are looked up at every start: a partial
-- index finds them without reading the whole trail (a full scan at a million entries when all are sealed).
CREATE INDEX `audit_onverzegeld_idx` ON `audit_entry` (`id`) WHERE `keten_hash` IS NULL;