/**
 * Collection slugs: fixed by the issues, other work and checks rely on them. They live here, not in
 * collections/, so server code (seed, queries) can name a collection without importing the configs.
 */
export const slugs = {
  users: 'users',
  media: 'media',
  staff: 'staff',
  rubrics: 'rubrics',
  venues: 'venues',
  articles: 'articles',
  agendaItems: 'agenda-items',
  conferences: 'conferences',
  workingGroups: 'working-groups',
  meetings: 'meetings',
  issues: 'issues',
  members: 'members',
  subscribers: 'subscribers',
  sends: 'sends',
  editions: 'editions',
  deliveries: 'deliveries',
  sendLocks: 'send-locks',
  webhookEvents: 'webhook-events',
  suppressions: 'suppressions',
  subscriberTokens: 'subscriber-tokens',
  outgoingMails: 'outgoing-mails',
} as const
