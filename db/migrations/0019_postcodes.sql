-- Issue 15, point 12. Belgian postcodes with their places, municipality and werk- en zorgregio (bpost's list, loaded by a
-- beheerder): the organisation form derives municipality and region from the postcode and warns on a mismatch.
CREATE TABLE `postcode_plaats` (
	`postcode` text NOT NULL,
	`plaatsnaam` text NOT NULL,
	`gemeente` text NOT NULL,
	`regio_code` text,
	PRIMARY KEY(`postcode`, `plaatsnaam`),
	FOREIGN KEY (`regio_code`) REFERENCES `werk_zorg_regio`(`code`) ON UPDATE no action ON DELETE no action
);
