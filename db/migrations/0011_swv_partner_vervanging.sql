CREATE TABLE `swv_partner_vervanging` (
	`beslissing_id` integer PRIMARY KEY NOT NULL,
	`partner_id` integer NOT NULL,
	`nieuwe_organisatie_id` integer NOT NULL,
	`datum` text NOT NULL,
	`expertise` text,
	`icf` text,
	FOREIGN KEY (`beslissing_id`) REFERENCES `beslissing`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`partner_id`) REFERENCES `swv_partner`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`nieuwe_organisatie_id`) REFERENCES `organisatie`(`id`) ON UPDATE no action ON DELETE no action
);
