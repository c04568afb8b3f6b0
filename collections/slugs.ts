// The slugs live in src/domain (server code names collections too); collections keep this path.
export { slugs } from '@/domain/content/slugs'

export const groups = {
  content: 'Contenu',
  events: 'Événements',
  meetings: 'Réunions',
  reference: 'Référentiels',
  broadcast: 'Diffusion',
  admin: 'Administration',
} as const
