CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`story_id` integer NOT NULL,
	`outlet_id` integer,
	`ingest_nonce` text NOT NULL,
	`headline` text,
	`bylines` text DEFAULT '[]' NOT NULL,
	`url` text,
	`published` text,
	`published_input` text,
	`headline_input` text,
	`raw_text` text NOT NULL,
	`raw_format` text NOT NULL,
	`text` text NOT NULL,
	`content_hash` text NOT NULL,
	`word_count` integer NOT NULL,
	`words_outlet` integer NOT NULL,
	`words_quoted` integer NOT NULL,
	`quoted_share` real NOT NULL,
	`headline_start` integer,
	`headline_end` integer,
	`analyzer_version` text NOT NULL,
	`lexicon_version` text NOT NULL,
	`added_revision` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`analyzed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`outlet_id`) REFERENCES `outlets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_ingest_nonce_unique` ON `articles` (`ingest_nonce`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_story_hash_unique` ON `articles` (`story_id`,`content_hash`);--> statement-breakpoint
CREATE INDEX `articles_story_revision_idx` ON `articles` (`story_id`,`added_revision`);--> statement-breakpoint
CREATE INDEX `articles_outlet_idx` ON `articles` (`outlet_id`);--> statement-breakpoint
CREATE INDEX `articles_versions_idx` ON `articles` (`analyzer_version`,`lexicon_version`);--> statement-breakpoint
CREATE TABLE `citations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`outlet` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`rule_id` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `citations_article_idx` ON `citations` (`article_id`);--> statement-breakpoint
CREATE INDEX `citations_outlet_idx` ON `citations` (`outlet`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`metric` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`rule_id` text NOT NULL,
	`voice` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `evidence_article_metric_idx` ON `evidence` (`article_id`,`metric`);--> statement-breakpoint
CREATE TABLE `metrics` (
	`article_id` integer NOT NULL,
	`metric` text NOT NULL,
	`voice` text NOT NULL,
	`count` integer NOT NULL,
	`per1k` real NOT NULL,
	PRIMARY KEY(`article_id`, `metric`, `voice`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `outlets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`country` text,
	`homepage` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outlets_slug_unique` ON `outlets` (`slug`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`mentions` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `people_article_idx` ON `people` (`article_id`);--> statement-breakpoint
CREATE INDEX `people_name_idx` ON `people` (`name`);--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`speaker` text,
	`speaker_start` integer,
	`speaker_end` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `quotes_article_idx` ON `quotes` (`article_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`kind` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`name` text,
	`rule_id` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sources_article_idx` ON `sources` (`article_id`);--> statement-breakpoint
CREATE TABLE `stories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`summary` text,
	`event_date` text,
	`revision` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stories_slug_unique` ON `stories` (`slug`);