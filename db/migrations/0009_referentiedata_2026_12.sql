-- Reference data corrected against the seeds (handbook, December 2026); databases seeded before keep what
-- an officer changed, only untouched seed values are corrected:
--  * the AMA SE amount of € 2.812,20 applies from 1 April 2022 (bisnota budget section), not from 1 January 2024;
--  * "OCMW (of vereniging van OCMW's)" becomes "OCMW": the Vereniging van OCMW's is its own organisation type
--    (added by the reference-data seeding at the next start), as the annual report 2024 counts it apart.
UPDATE `parameter` SET `geldig_van` = '2022-04-01',
    `wettelijke_basis` = 'BVR 18 november 2022, art. 68; bisnota, begrotingsparagraaf (000 L1983–1984): sinds 1 april 2022 uitbetaald'
  WHERE `code` = 'AMA_SE_SUBSIDIE_PER_DEELNEMER_JAAR' AND `geldig_van` = '2024-01-01' AND `waarde_getal` = 281220 AND `bron_status` = 'seed'
    AND NOT EXISTS (SELECT 1 FROM `parameter` p WHERE p.`code` = 'AMA_SE_SUBSIDIE_PER_DEELNEMER_JAAR' AND p.`geldig_van` > '2022-03-31' AND p.`geldig_van` < '2024-01-01');
--> statement-breakpoint
UPDATE `organisatie_type` SET `naam` = 'OCMW' WHERE `code` = 'OCMW' AND `naam` = 'OCMW (of vereniging van OCMW''s)';
--> statement-breakpoint
INSERT INTO `audit_entry` (`tijdstip`, `medewerker_id`, `gebruiker`, `rol`, `methode`, `entiteit`, `entiteit_id`, `actie`, `nieuw`, `reden`)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL, 'systeem', 'beheerder', 'migratie.0009', 'referentiedata', 'seed', 'gewijzigd',
         '{"AMA_SE_SUBSIDIE_PER_DEELNEMER_JAAR":"geldig vanaf 2022-04-01","organisatie_type.OCMW":"OCMW"}',
         'Referentiegegevens gecorrigeerd volgens de bronnen (december 2026)'
  WHERE EXISTS (SELECT 1 FROM `parameter` WHERE `code` = 'AMA_SE_SUBSIDIE_PER_DEELNEMER_JAAR');
