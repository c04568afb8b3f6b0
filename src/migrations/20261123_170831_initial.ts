import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`issues\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`month\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`preheader\` text,
  	\`meetings_from\` text,
  	\`meetingsfrom_tz\` text DEFAULT 'Europe/Brussels',
  	\`meetings_until\` text,
  	\`meetingsuntil_tz\` text DEFAULT 'Europe/Brussels',
  	\`footer_tagline\` text DEFAULT 'Lettre d’information mensuelle de l’UNIPSO',
  	\`footer_feedback_email\` text,
  	\`footer_feedback_phone\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`scheduled_at\` text,
  	\`scheduledat_tz\` text DEFAULT 'Europe/Brussels',
  	\`sent_at\` text,
  	\`sentat_tz\` text DEFAULT 'Europe/Brussels',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`issues_number_idx\` ON \`issues\` (\`number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`issues_month_idx\` ON \`issues\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`issues_status_idx\` ON \`issues\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`issues_scheduled_at_idx\` ON \`issues\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`issues_updated_at_idx\` ON \`issues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`issues_created_at_idx\` ON \`issues\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`issues_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`staff_id\` integer,
  	\`articles_id\` integer,
  	\`agenda_items_id\` integer,
  	\`conferences_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`staff_id\`) REFERENCES \`staff\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agenda_items_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conferences_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`issues_rels_order_idx\` ON \`issues_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`issues_rels_parent_idx\` ON \`issues_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_rels_path_idx\` ON \`issues_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`issues_rels_staff_id_idx\` ON \`issues_rels\` (\`staff_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_rels_articles_id_idx\` ON \`issues_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_rels_agenda_items_id_idx\` ON \`issues_rels\` (\`agenda_items_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_rels_conferences_id_idx\` ON \`issues_rels\` (\`conferences_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`rubric_id\` integer NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`signature_phone\` text,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`rubric_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rubric_idx\` ON \`articles\` (\`rubric_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_status_idx\` ON \`articles\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`staff_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`staff_id\`) REFERENCES \`staff\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_staff_id_idx\` ON \`articles_rels\` (\`staff_id\`);`)
  await db.run(sql`CREATE TABLE \`agenda_items_programme\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_items_programme_order_idx\` ON \`agenda_items_programme\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_programme_parent_id_idx\` ON \`agenda_items_programme\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agenda_items_external_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`organisation\` text,
  	\`email\` text,
  	\`phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_items_external_contacts_order_idx\` ON \`agenda_items_external_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_external_contacts_parent_id_idx\` ON \`agenda_items_external_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agenda_items_co_organisers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_items_co_organisers_order_idx\` ON \`agenda_items_co_organisers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_co_organisers_parent_id_idx\` ON \`agenda_items_co_organisers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`agenda_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`startsat_tz\` text DEFAULT 'Europe/Brussels' NOT NULL,
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`is_all_day\` integer DEFAULT false,
  	\`venue_id\` integer,
  	\`summary\` text,
  	\`description\` text,
  	\`practical_info\` text,
  	\`registration_url\` text,
  	\`signature_phone\` text,
  	\`status\` text DEFAULT 'confirmed' NOT NULL,
  	\`is_published\` integer DEFAULT false,
  	\`sequence\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`venue_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_items_starts_at_idx\` ON \`agenda_items\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_venue_idx\` ON \`agenda_items\` (\`venue_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_is_published_idx\` ON \`agenda_items\` (\`is_published\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_updated_at_idx\` ON \`agenda_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_created_at_idx\` ON \`agenda_items\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`agenda_items_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`staff_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`staff_id\`) REFERENCES \`staff\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`agenda_items_rels_order_idx\` ON \`agenda_items_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_rels_parent_idx\` ON \`agenda_items_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_rels_path_idx\` ON \`agenda_items_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`agenda_items_rels_staff_id_idx\` ON \`agenda_items_rels\` (\`staff_id\`);`)
  await db.run(sql`CREATE TABLE \`conferences_programme\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conferences_programme_order_idx\` ON \`conferences_programme\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`conferences_programme_parent_id_idx\` ON \`conferences_programme\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`conferences_external_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`organisation\` text,
  	\`email\` text,
  	\`phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conferences_external_contacts_order_idx\` ON \`conferences_external_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`conferences_external_contacts_parent_id_idx\` ON \`conferences_external_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`conferences_co_organisers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conferences_co_organisers_order_idx\` ON \`conferences_co_organisers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`conferences_co_organisers_parent_id_idx\` ON \`conferences_co_organisers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`conferences_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conferences_speakers_order_idx\` ON \`conferences_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`conferences_speakers_parent_id_idx\` ON \`conferences_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`conferences_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`startsat_tz\` text DEFAULT 'Europe/Brussels' NOT NULL,
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`venue_id\` integer,
  	FOREIGN KEY (\`venue_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conferences_sessions_order_idx\` ON \`conferences_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`conferences_sessions_parent_id_idx\` ON \`conferences_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conferences_sessions_starts_at_idx\` ON \`conferences_sessions\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`conferences_sessions_venue_idx\` ON \`conferences_sessions\` (\`venue_id\`);`)
  await db.run(sql`CREATE TABLE \`conferences_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`file_id\` integer,
  	\`url\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conferences_documents_order_idx\` ON \`conferences_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`conferences_documents_parent_id_idx\` ON \`conferences_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conferences_documents_file_idx\` ON \`conferences_documents\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`conferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`startsat_tz\` text DEFAULT 'Europe/Brussels' NOT NULL,
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`is_all_day\` integer DEFAULT false,
  	\`venue_id\` integer,
  	\`summary\` text,
  	\`description\` text,
  	\`practical_info\` text,
  	\`registration_url\` text,
  	\`signature_phone\` text,
  	\`status\` text DEFAULT 'confirmed' NOT NULL,
  	\`is_published\` integer DEFAULT false,
  	\`sequence\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`venue_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`conferences_starts_at_idx\` ON \`conferences\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`conferences_venue_idx\` ON \`conferences\` (\`venue_id\`);`)
  await db.run(sql`CREATE INDEX \`conferences_is_published_idx\` ON \`conferences\` (\`is_published\`);`)
  await db.run(sql`CREATE INDEX \`conferences_updated_at_idx\` ON \`conferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conferences_created_at_idx\` ON \`conferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`conferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`staff_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`staff_id\`) REFERENCES \`staff\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conferences_rels_order_idx\` ON \`conferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`conferences_rels_parent_idx\` ON \`conferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conferences_rels_path_idx\` ON \`conferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`conferences_rels_staff_id_idx\` ON \`conferences_rels\` (\`staff_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text NOT NULL,
  	\`working_group_id\` integer,
  	\`starts_at\` text NOT NULL,
  	\`startsat_tz\` text DEFAULT 'Europe/Brussels' NOT NULL,
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Europe/Brussels',
  	\`venue_id\` integer,
  	\`venue_label\` text,
  	\`notes\` text,
  	\`status\` text DEFAULT 'confirmed' NOT NULL,
  	\`sequence\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`working_group_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`venue_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_kind_idx\` ON \`meetings\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`meetings_working_group_idx\` ON \`meetings\` (\`working_group_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_starts_at_idx\` ON \`meetings\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_venue_idx\` ON \`meetings\` (\`venue_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_at_idx\` ON \`meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_at_idx\` ON \`meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`working_groups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`working_groups_name_idx\` ON \`working_groups\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`working_groups_slug_idx\` ON \`working_groups\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_updated_at_idx\` ON \`working_groups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`working_groups_created_at_idx\` ON \`working_groups\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`staff_phones\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`staff\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`staff_phones_order_idx\` ON \`staff_phones\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`staff_phones_parent_id_idx\` ON \`staff_phones\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`staff\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`job_title\` text NOT NULL,
  	\`email\` text,
  	\`photo_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`staff_photo_idx\` ON \`staff\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`staff_updated_at_idx\` ON \`staff\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`staff_created_at_idx\` ON \`staff\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`rubrics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`order\` numeric DEFAULT 100 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`rubrics_label_idx\` ON \`rubrics\` (\`label\`);`)
  await db.run(sql`CREATE INDEX \`rubrics_updated_at_idx\` ON \`rubrics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rubrics_created_at_idx\` ON \`rubrics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`venues\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`is_online\` integer DEFAULT false,
  	\`url\` text,
  	\`street\` text,
  	\`postcode\` text,
  	\`city\` text,
  	\`map_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`venues_name_idx\` ON \`venues\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`venues_updated_at_idx\` ON \`venues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`venues_created_at_idx\` ON \`venues\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`issues_id\` integer,
  	\`articles_id\` integer,
  	\`agenda_items_id\` integer,
  	\`conferences_id\` integer,
  	\`meetings_id\` integer,
  	\`working_groups_id\` integer,
  	\`staff_id\` integer,
  	\`rubrics_id\` integer,
  	\`venues_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`issues_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agenda_items_id\`) REFERENCES \`agenda_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conferences_id\`) REFERENCES \`conferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`working_groups_id\`) REFERENCES \`working_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`staff_id\`) REFERENCES \`staff\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rubrics_id\`) REFERENCES \`rubrics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`venues_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agenda_items_id_idx\` ON \`payload_locked_documents_rels\` (\`agenda_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conferences_id_idx\` ON \`payload_locked_documents_rels\` (\`conferences_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_working_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`working_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_staff_id_idx\` ON \`payload_locked_documents_rels\` (\`staff_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rubrics_id_idx\` ON \`payload_locked_documents_rels\` (\`rubrics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_venues_id_idx\` ON \`payload_locked_documents_rels\` (\`venues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`issues\`;`)
  await db.run(sql`DROP TABLE \`issues_rels\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`agenda_items_programme\`;`)
  await db.run(sql`DROP TABLE \`agenda_items_external_contacts\`;`)
  await db.run(sql`DROP TABLE \`agenda_items_co_organisers\`;`)
  await db.run(sql`DROP TABLE \`agenda_items\`;`)
  await db.run(sql`DROP TABLE \`agenda_items_rels\`;`)
  await db.run(sql`DROP TABLE \`conferences_programme\`;`)
  await db.run(sql`DROP TABLE \`conferences_external_contacts\`;`)
  await db.run(sql`DROP TABLE \`conferences_co_organisers\`;`)
  await db.run(sql`DROP TABLE \`conferences_speakers\`;`)
  await db.run(sql`DROP TABLE \`conferences_sessions\`;`)
  await db.run(sql`DROP TABLE \`conferences_documents\`;`)
  await db.run(sql`DROP TABLE \`conferences\`;`)
  await db.run(sql`DROP TABLE \`conferences_rels\`;`)
  await db.run(sql`DROP TABLE \`meetings\`;`)
  await db.run(sql`DROP TABLE \`working_groups\`;`)
  await db.run(sql`DROP TABLE \`staff_phones\`;`)
  await db.run(sql`DROP TABLE \`staff\`;`)
  await db.run(sql`DROP TABLE \`rubrics\`;`)
  await db.run(sql`DROP TABLE \`venues\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
