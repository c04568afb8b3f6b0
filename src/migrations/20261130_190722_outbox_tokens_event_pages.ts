import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`subscriber_tokens\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subscriber_id\` integer NOT NULL,
  	\`purpose\` text NOT NULL,
  	\`lookup\` text NOT NULL,
  	\`token_hash\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`used_at\` text,
  	\`request\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`subscriber_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`subscriber_tokens_subscriber_idx\` ON \`subscriber_tokens\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriber_tokens_purpose_idx\` ON \`subscriber_tokens\` (\`purpose\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`subscriber_tokens_lookup_idx\` ON \`subscriber_tokens\` (\`lookup\`);`)
  await db.run(sql`CREATE INDEX \`subscriber_tokens_updated_at_idx\` ON \`subscriber_tokens\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscriber_tokens_created_at_idx\` ON \`subscriber_tokens\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`outgoing_mails\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`available_at\` text,
  	\`sent_at\` text,
  	\`provider_id\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`outgoing_mails_kind_idx\` ON \`outgoing_mails\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`outgoing_mails_to_idx\` ON \`outgoing_mails\` (\`to\`);`)
  await db.run(sql`CREATE INDEX \`outgoing_mails_status_idx\` ON \`outgoing_mails\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`outgoing_mails_available_at_idx\` ON \`outgoing_mails\` (\`available_at\`);`)
  await db.run(sql`CREATE INDEX \`outgoing_mails_updated_at_idx\` ON \`outgoing_mails\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`outgoing_mails_created_at_idx\` ON \`outgoing_mails\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`agenda_items\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`agenda_items\` ADD \`kind\` text DEFAULT 'other';`)
  await db.run(sql`CREATE UNIQUE INDEX \`agenda_items_slug_idx\` ON \`agenda_items\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_kind_idx\` ON \`agenda_items\` (\`kind\`);`)
  await db.run(sql`ALTER TABLE \`conferences\` ADD \`slug\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`conferences_slug_idx\` ON \`conferences\` (\`slug\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`subscriber_tokens_id\` integer REFERENCES subscriber_tokens(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outgoing_mails_id\` integer REFERENCES outgoing_mails(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscriber_tokens_id_idx\` ON \`payload_locked_documents_rels\` (\`subscriber_tokens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outgoing_mails_id_idx\` ON \`payload_locked_documents_rels\` (\`outgoing_mails_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`subscriber_tokens\`;`)
  await db.run(sql`DROP TABLE \`outgoing_mails\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`issues_id\` integer,
  	\`subscribers_id\` integer,
  	\`sends_id\` integer,
  	\`editions_id\` integer,
  	\`deliveries_id\` integer,
  	\`send_locks_id\` integer,
  	\`webhook_events_id\` integer,
  	\`suppressions_id\` integer,
  	\`articles_id\` integer,
  	\`agenda_items_id\` integer,
  	\`conferences_id\` integer,
  	\`meetings_id\` integer,
  	\`working_groups_id\` integer,
  	\`members_id\` integer,
  	\`staff_id\` integer,
  	\`rubrics_id\` integer,
  	\`venues_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`issues_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sends_id\`) REFERENCES \`sends\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editions_id\`) REFERENCES \`editions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`send_locks_id\`) REFERENCES \`send_locks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_events_id\`) REFERENCES \`webhook_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`suppressions_id\`) REFERENCES \`suppressions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agenda_items_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conferences_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`working_groups_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`staff_id\`) REFERENCES \`staff\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rubrics_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`venues_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "issues_id", "subscribers_id", "sends_id", "editions_id", "deliveries_id", "send_locks_id", "webhook_events_id", "suppressions_id", "articles_id", "agenda_items_id", "conferences_id", "meetings_id", "working_groups_id", "members_id", "staff_id", "rubrics_id", "venues_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "issues_id", "subscribers_id", "sends_id", "editions_id", "deliveries_id", "send_locks_id", "webhook_events_id", "suppressions_id", "articles_id", "agenda_items_id", "conferences_id", "meetings_id", "working_groups_id", "members_id", "staff_id", "rubrics_id", "venues_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sends_id_idx\` ON \`payload_locked_documents_rels\` (\`sends_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editions_id_idx\` ON \`payload_locked_documents_rels\` (\`editions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_send_locks_id_idx\` ON \`payload_locked_documents_rels\` (\`send_locks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_events_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_suppressions_id_idx\` ON \`payload_locked_documents_rels\` (\`suppressions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agenda_items_id_idx\` ON \`payload_locked_documents_rels\` (\`agenda_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conferences_id_idx\` ON \`payload_locked_documents_rels\` (\`conferences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_working_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`working_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_staff_id_idx\` ON \`payload_locked_documents_rels\` (\`staff_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rubrics_id_idx\` ON \`payload_locked_documents_rels\` (\`rubrics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_venues_id_idx\` ON \`payload_locked_documents_rels\` (\`venues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`agenda_items_slug_idx\`;`)
  await db.run(sql`DROP INDEX \`agenda_items_kind_idx\`;`)
  await db.run(sql`ALTER TABLE \`agenda_items\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`agenda_items\` DROP COLUMN \`kind\`;`)
  await db.run(sql`DROP INDEX \`conferences_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`conferences\` DROP COLUMN \`slug\`;`)
}
