CREATE TABLE `disciplines` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text DEFAULT '' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'general' NOT NULL,
	`parent_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `plan_items` (
	`id` text PRIMARY KEY NOT NULL,
	`plan_id` text DEFAULT '' NOT NULL,
	`discipline_id` text DEFAULT '' NOT NULL,
	`semester` integer DEFAULT 1 NOT NULL,
	`hours_total` integer DEFAULT 0 NOT NULL,
	`hours_theory` integer DEFAULT 0 NOT NULL,
	`hours_practical` integer DEFAULT 0 NOT NULL,
	`hours_lab` integer DEFAULT 0 NOT NULL,
	`hours_project` integer DEFAULT 0 NOT NULL,
	`hours_self` integer DEFAULT 0 NOT NULL,
	`attestation` text DEFAULT 'none' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `plan_items_plan` ON `plan_items` (`plan_id`);--> statement-breakpoint
CREATE TABLE `study_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`specialty_id` text DEFAULT '' NOT NULL,
	`admission_year` integer DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `load_assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`line_id` text DEFAULT '' NOT NULL,
	`teacher_id` text DEFAULT '' NOT NULL,
	`start_date` text DEFAULT '' NOT NULL,
	`end_date` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `load_assignments_line` ON `load_assignments` (`line_id`);--> statement-breakpoint
CREATE TABLE `load_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`year_id` text DEFAULT '' NOT NULL,
	`period_id` text DEFAULT '' NOT NULL,
	`group_id` text DEFAULT '' NOT NULL,
	`subgroup_id` text,
	`discipline_id` text DEFAULT '' NOT NULL,
	`teacher_id` text DEFAULT '' NOT NULL,
	`hours_theory` integer DEFAULT 0 NOT NULL,
	`hours_practical` integer DEFAULT 0 NOT NULL,
	`hours_lab` integer DEFAULT 0 NOT NULL,
	`hours_project` integer DEFAULT 0 NOT NULL,
	`hours_consultation` integer DEFAULT 0 NOT NULL,
	`hours_exam` integer DEFAULT 0 NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `load_lines_group` ON `load_lines` (`group_id`);--> statement-breakpoint
CREATE INDEX `load_lines_teacher` ON `load_lines` (`teacher_id`);--> statement-breakpoint
CREATE INDEX `load_lines_period` ON `load_lines` (`period_id`);--> statement-breakpoint
CREATE TABLE `substitutions` (
	`id` text PRIMARY KEY NOT NULL,
	`line_id` text DEFAULT '' NOT NULL,
	`substitute_id` text DEFAULT '' NOT NULL,
	`start_date` text DEFAULT '' NOT NULL,
	`end_date` text DEFAULT '' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `substitutions_line` ON `substitutions` (`line_id`);--> statement-breakpoint
CREATE INDEX `substitutions_substitute` ON `substitutions` (`substitute_id`);--> statement-breakpoint
CREATE TABLE `subgroup_divisions` (
	`id` text PRIMARY KEY NOT NULL,
	`group_id` text DEFAULT '' NOT NULL,
	`discipline_id` text DEFAULT '' NOT NULL,
	`year_id` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `subgroup_members` (
	`id` text PRIMARY KEY NOT NULL,
	`division_id` text DEFAULT '' NOT NULL,
	`subgroup_id` text DEFAULT '' NOT NULL,
	`student_id` text DEFAULT '' NOT NULL,
	`start_date` text DEFAULT '' NOT NULL,
	`end_date` text,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `subgroup_members_division` ON `subgroup_members` (`division_id`);--> statement-breakpoint
CREATE INDEX `subgroup_members_student` ON `subgroup_members` (`student_id`);--> statement-breakpoint
CREATE TABLE `subgroups` (
	`id` text PRIMARY KEY NOT NULL,
	`division_id` text DEFAULT '' NOT NULL,
	`number` integer DEFAULT 1 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `subgroups_division` ON `subgroups` (`division_id`);