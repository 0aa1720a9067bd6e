CREATE TABLE `local_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `node_heads` (
	`node_id` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`hash` text NOT NULL,
	`hlc` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ops` (
	`op_id` text NOT NULL,
	`node_id` text NOT NULL,
	`seq` integer NOT NULL,
	`hlc` text NOT NULL,
	`user_id` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`field` text NOT NULL,
	`value` text NOT NULL,
	`reason` text,
	`hash` text NOT NULL,
	`void` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`node_id`, `seq`)
);
--> statement-breakpoint
CREATE INDEX `ops_field_order` ON `ops` (`entity`,`entity_id`,`field`,`hlc`);--> statement-breakpoint
CREATE TABLE `login_failures` (
	`login` text PRIMARY KEY NOT NULL,
	`count` integer NOT NULL,
	`locked_until` integer
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`login` text DEFAULT '' NOT NULL,
	`full_name` text DEFAULT '' NOT NULL,
	`roles` text DEFAULT '[]' NOT NULL,
	`active` integer DEFAULT 1 NOT NULL,
	`password_hash` text,
	`must_change_password` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `college` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`id` text PRIMARY KEY NOT NULL,
	`value` text DEFAULT 'null' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
