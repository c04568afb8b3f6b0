/** Collection slugs: fixed by the issues, other work and checks rely on them. */
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
} as const

export const groups = {
  content: 'Contenu',
  events: 'Événements',
  meetings: 'Réunions',
  reference: 'Référentiels',
  broadcast: 'Diffusion',
  admin: 'Administration',
} as const
