CREATE TABLE `academic_years` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`start_date` text DEFAULT '' NOT NULL,
	`end_date` text DEFAULT '' NOT NULL,
	`period_kind` text DEFAULT 'semester' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `periods` (
	`id` text PRIMARY KEY NOT NULL,
	`year_id` text DEFAULT '' NOT NULL,
	`number` integer DEFAULT 0 NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`start_date` text DEFAULT '' NOT NULL,
	`end_date` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `groups` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`specialty_id` text DEFAULT '' NOT NULL,
	`course` integer DEFAULT 1 NOT NULL,
	`admission_year` integer DEFAULT 0 NOT NULL,
	`study_form` text DEFAULT 'full_time' NOT NULL,
	`funding` text DEFAULT 'budget' NOT NULL,
	`curator_user_id` text,
	`active` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text DEFAULT '' NOT NULL,
	`group_id` text DEFAULT '' NOT NULL,
	`start_date` text DEFAULT '' NOT NULL,
	`end_date` text,
	`opened_by_order` text DEFAULT '' NOT NULL,
	`closed_by_order` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `memberships_student` ON `memberships` (`student_id`);--> statement-breakpoint
CREATE INDEX `memberships_group` ON `memberships` (`group_id`);--> statement-breakpoint
CREATE TABLE `orders` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text DEFAULT '' NOT NULL,
	`date` text DEFAULT '' NOT NULL,
	`type` text DEFAULT 'enrollment' NOT NULL,
	`effective_date` text DEFAULT '' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`effects` text DEFAULT '[]' NOT NULL,
	`cancelled` integer DEFAULT 0 NOT NULL,
	`cancel_reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `specialties` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text DEFAULT '' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`qualification` text DEFAULT '' NOT NULL,
	`duration_months` integer DEFAULT 0 NOT NULL,
	`study_form` text DEFAULT 'full_time' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `students` (
	`id` text PRIMARY KEY NOT NULL,
	`surname` text DEFAULT '' NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`patronymic` text DEFAULT '' NOT NULL,
	`birth_date` text DEFAULT '' NOT NULL,
	`sex` text DEFAULT 'male' NOT NULL,
	`record_book` text DEFAULT '' NOT NULL,
	`snils` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`funding` text DEFAULT 'budget' NOT NULL,
	`status` text DEFAULT 'applicant' NOT NULL,
	`representatives` text DEFAULT '[]' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `students_record_book` ON `students` (`record_book`);