-- Two units for parameters that are neither counts nor periods: a year (`jaartal`, shown as 2024, not 2.024) and a
-- month of the year (`kalendermaand`, 1–12, shown as "maart"). Databases seeded before keep their values; only the unit
-- of the three seeded codes that hold one changes, and only while it is still the seed's 'aantal'.
UPDATE `parameter` SET `eenheid` = 'jaartal' WHERE `code` = 'AMA_SE_EERSTE_EVALUATIEJAAR' AND `eenheid` = 'aantal';
--> statement-breakpoint
UPDATE `parameter` SET `eenheid` = 'kalendermaand' WHERE `code` IN ('AMA_SE_AFREKENING_MAAND', 'AMA_SE_VERMINDERING_INGANGSMAAND') AND `eenheid` = 'aantal';
--> statement-breakpoint
INSERT INTO `audit_entry` (`tijdstip`, `medewerker_id`, `gebruiker`, `rol`, `methode`, `entiteit`, `entiteit_id`, `actie`, `nieuw`, `reden`)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL, 'systeem', 'beheerder', 'migratie.0020', 'parameter', 'eenheid', 'gewijzigd',
         '{"AMA_SE_EERSTE_EVALUATIEJAAR":"jaartal","AMA_SE_AFREKENING_MAAND":"kalendermaand","AMA_SE_VERMINDERING_INGANGSMAAND":"kalendermaand"}',
         'Eenheid jaartal en kalendermaand voor een jaar en een maand van het jaar'
  WHERE EXISTS (SELECT 1 FROM `parameter` WHERE `code` IN ('AMA_SE_EERSTE_EVALUATIEJAAR', 'AMA_SE_AFREKENING_MAAND', 'AMA_SE_VERMINDERING_INGANGSMAAND'));
