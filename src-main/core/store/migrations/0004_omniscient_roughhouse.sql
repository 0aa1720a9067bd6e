CREATE TABLE `cells` (
	`id` text PRIMARY KEY NOT NULL,
	`lesson_id` text DEFAULT '' NOT NULL,
	`student_id` text DEFAULT '' NOT NULL,
	`line_id` text DEFAULT '' NOT NULL,
	`period_id` text DEFAULT '' NOT NULL,
	`attendance` text DEFAULT '' NOT NULL,
	`absence_reason` text DEFAULT '' NOT NULL,
	`absence_note` text DEFAULT '' NOT NULL,
	`mark1` text DEFAULT '' NOT NULL,
	`mark2` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cells_line` ON `cells` (`line_id`);--> statement-breakpoint
CREATE INDEX `cells_student` ON `cells` (`student_id`);--> statement-breakpoint
CREATE TABLE `finals` (
	`id` text PRIMARY KEY NOT NULL,
	`line_id` text DEFAULT '' NOT NULL,
	`period_id` text DEFAULT '' NOT NULL,
	`student_id` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'period' NOT NULL,
	`value` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `finals_line` ON `finals` (`line_id`);--> statement-breakpoint
CREATE INDEX `finals_student` ON `finals` (`student_id`);--> statement-breakpoint
CREATE TABLE `lessons` (
	`id` text PRIMARY KEY NOT NULL,
	`line_id` text DEFAULT '' NOT NULL,
	`period_id` text DEFAULT '' NOT NULL,
	`date` text DEFAULT '' NOT NULL,
	`pair` integer DEFAULT 1 NOT NULL,
	`hours` integer DEFAULT 2 NOT NULL,
	`kind` text DEFAULT 'lecture' NOT NULL,
	`topic_id` text,
	`topic` text DEFAULT '' NOT NULL,
	`homework` text DEFAULT '' NOT NULL,
	`teacher_id` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `lessons_line_date` ON `lessons` (`line_id`,`date`);--> statement-breakpoint
CREATE TABLE `topics` (
	`id` text PRIMARY KEY NOT NULL,
	`line_id` text DEFAULT '' NOT NULL,
	`number` integer DEFAULT 1 NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`hours` integer DEFAULT 2 NOT NULL,
	`kind` text DEFAULT 'lecture' NOT NULL,
	`homework` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `topics_line` ON `topics` (`line_id`);--> statement-breakpoint
CREATE TABLE `period_locks` (
	`id` text PRIMARY KEY NOT NULL,
	`closed` integer DEFAULT 0 NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL
);
