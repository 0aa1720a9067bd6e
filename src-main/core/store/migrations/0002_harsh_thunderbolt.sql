CREATE TABLE `employees` (
	`id` text PRIMARY KEY NOT NULL,
	`surname` text DEFAULT '' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`patronymic` text DEFAULT '' NOT NULL,
	`birth_date` text DEFAULT '' NOT NULL,
	`positions` text DEFAULT '[]' NOT NULL,
	`employment_type` text DEFAULT 'main' NOT NULL,
	`education` text DEFAULT '' NOT NULL,
	`category` text DEFAULT 'none' NOT NULL,
	`hire_date` text DEFAULT '' NOT NULL,
	`dismissal_date` text,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`snils` text DEFAULT '' NOT NULL,
	`user_id` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `employees_user` ON `employees` (`user_id`);--> statement-breakpoint
ALTER TABLE `academic_years` ADD `closed` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `group_effects` text DEFAULT '[]' NOT NULL;