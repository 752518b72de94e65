-- The seeded legal basis of AANGETEKEND_GEACHT_ONTVANGEN named a file of the developers' handbook ("RULES.md"), which an
-- officer reading the Parameters screen cannot know. It now names the rule it follows. Only the seeded text changes; a
-- basis an administrator wrote stays.
UPDATE `parameter` SET `wettelijke_basis` = 'Gangbare regeling, naar het voorbeeld van art. 53bis Gerechtelijk Wetboek (derde werkdag na de afgifte bij de post)'
  WHERE `code` = 'AANGETEKEND_GEACHT_ONTVANGEN' AND `wettelijke_basis` = 'Gangbare Vlaamse regeling (RULES.md: termijnberekening)';
--> statement-breakpoint
INSERT INTO `audit_entry` (`tijdstip`, `medewerker_id`, `gebruiker`, `rol`, `methode`, `entiteit`, `entiteit_id`, `actie`, `oud`, `nieuw`, `reden`)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL, 'systeem', 'beheerder', 'migratie.0021', 'parameter', 'AANGETEKEND_GEACHT_ONTVANGEN', 'gewijzigd',
         '{"wettelijkeBasis":"Gangbare Vlaamse regeling (RULES.md: termijnberekening)"}', '{"wettelijkeBasis":"Gangbare regeling, naar het voorbeeld van art. 53bis Gerechtelijk Wetboek (derde werkdag na de afgifte bij de post)"}',
         'Wettelijke basis noemt de regel in plaats van een intern document'
  WHERE EXISTS (SELECT 1 FROM `parameter` WHERE `code` = 'AANGETEKEND_GEACHT_ONTVANGEN' AND `wettelijke_basis` = 'Gangbare regeling, naar het voorbeeld van art. 53bis Gerechtelijk Wetboek (derde werkdag na de afgifte bij de post)');
