-- Custom SQL migration file, put your code below! --
-- The agreement rules that applied before the werk- en zorgtrajecten (minimum age 18, one evaluation a year, the
-- model agreement and the single begeleider from 1 January 2024, the scan limit) are the same values back to 2018, so
-- that agreements started under the earlier rules can be imported for the yearly report (issue 12). Only the period
-- seeded from 2023-07-01 is moved, and only when nothing covers the days before it (an officer's own earlier period
-- is kept).
UPDATE `parameter` SET `geldig_van` = '2018-01-01'
 WHERE `code` IN ('DEELNEMER_MINIMUMLEEFTIJD', 'AMA_WVG_MODELOVEREENKOMST_VANAF', 'AMA_WVG_EEN_BEGELEIDER_VANAF', 'AMA_WVG_EVALUATIE_INTERVAL', 'AMA_WVG_SCAN_MAX_MB')
   AND `geldig_van` = '2023-07-01'
   AND NOT EXISTS (SELECT 1 FROM `parameter` p WHERE p.`code` = `parameter`.`code` AND p.`geldig_van` < '2023-07-01');
