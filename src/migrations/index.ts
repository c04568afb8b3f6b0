import * as migration_20261123_170831_initial from './20261123_170831_initial';
import * as migration_20261123_181206_members from './20261123_181206_members';
import * as migration_20261123_182623_subscribers from './20261123_182623_subscribers';
import * as migration_20261123_183134_sending from './20261123_183134_sending';
import * as migration_20261123_183927_webhook_events from './20261123_183927_webhook_events';
import * as migration_20261123_201133_gdpr_scheduler_status from './20261123_201133_gdpr_scheduler_status';
import * as migration_20261130_163314_editions_and_safety_stops from './20261130_163314_editions_and_safety_stops';
import * as migration_20261130_190722_outbox_tokens_event_pages from './20261130_190722_outbox_tokens_event_pages';

export const migrations = [
  {
    up: migration_20261123_170831_initial.up,
    down: migration_20261123_170831_initial.down,
    name: '20261123_170831_initial',
  },
  {
    up: migration_20261123_181206_members.up,
    down: migration_20261123_181206_members.down,
    name: '20261123_181206_members',
  },
  {
    up: migration_20261123_182623_subscribers.up,
    down: migration_20261123_182623_subscribers.down,
    name: '20261123_182623_subscribers',
  },
  {
    up: migration_20261123_183134_sending.up,
    down: migration_20261123_183134_sending.down,
    name: '20261123_183134_sending',
  },
  {
    up: migration_20261123_183927_webhook_events.up,
    down: migration_20261123_183927_webhook_events.down,
    name: '20261123_183927_webhook_events',
  },
  {
    up: migration_20261123_201133_gdpr_scheduler_status.up,
    down: migration_20261123_201133_gdpr_scheduler_status.down,
    name: '20261123_201133_gdpr_scheduler_status',
  },
  {
    up: migration_20261130_163314_editions_and_safety_stops.up,
    down: migration_20261130_163314_editions_and_safety_stops.down,
    name: '20261130_163314_editions_and_safety_stops',
  },
  {
    up: migration_20261130_190722_outbox_tokens_event_pages.up,
    down: migration_20261130_190722_outbox_tokens_event_pages.down,
    name: '20261130_190722_outbox_tokens_event_pages'
  },
];
