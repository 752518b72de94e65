ALTER TABLE `audit_entry` ADD `inhoud_hash` text;--> statement-breakpoint
ALTER TABLE `audit_entry` ADD `keten_hash` text;--> statement-breakpoint
ALTER TABLE `audit_entry` ADD `gewist_op` text;--> statement-breakpoint
-- Repair of migration 0003 (issue 14). 0003 added bruto_cent and te_betalen_cent with default 0 and did not
-- backfill them, so payments of runs computed before schema 4 pay € 0 in the payment file. Such a payment is
-- recognisable: every column 0003 added still holds its default while the amount due or the balance is not 0
-- (a payment computed since always has a gross amount and its computation). Restore gross = amount due and
-- to pay = max(balance, 0) (nothing was offset before schema 4). Each repaired run is recorded in the audit
-- trail first, with the totals before and after.
INSERT INTO `audit_entry` (`tijdstip`, `medewerker_id`, `gebruiker`, `rol`, `methode`, `entiteit`, `entiteit_id`, `actie`, `oud`, `nieuw`, `reden`)
  SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL, 'systeem', 'beheerder', 'migratie 0014', 'betaalrun', CAST(b.`run_id` AS text), 'hersteld',
         json_object('teBetalenTotaalCent', sum(b.`te_betalen_cent`), 'brutoTotaalCent', sum(b.`bruto_cent`)),
         json_object('teBetalenTotaalCent', sum(max(b.`saldo_cent`, 0)), 'brutoTotaalCent', sum(b.`verschuldigd_cent`), 'aantalBetalingen', count(*)),
         'Bedragen hersteld van een run berekend vóór schemaversie 4 (migratie 0003 liet het te betalen bedrag op 0)'
    FROM `betaalrun_betaling` b
   WHERE b.`bruto_cent` = 0 AND b.`vermindering_cent` = 0 AND b.`verrekend_cent` = 0 AND b.`te_betalen_cent` = 0 AND b.`berekening` = '{}'
     AND (b.`verschuldigd_cent` <> 0 OR b.`saldo_cent` <> 0)
   GROUP BY b.`run_id`;
--> statement-breakpoint
UPDATE `betaalrun_betaling` SET `bruto_cent` = `verschuldigd_cent`, `te_betalen_cent` = max(`saldo_cent`, 0)
 WHERE `bruto_cent` = 0 AND `vermindering_cent` = 0 AND `verrekend_cent` = 0 AND `te_betalen_cent` = 0 AND `berekening` = '{}'
   AND (`verschuldigd_cent` <> 0 OR `saldo_cent` <> 0);
