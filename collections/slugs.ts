// The slugs live in src/domain (server code names collections too); collections keep this path.
export { slugs } from '@/domain/content/slugs'

export const groups = {
  content: 'Contenu',
  events: 'Événements',
  // Not « Réunions »: the meetings collection inside it already bears that name in the menu.
  meetings: 'Membres et réunions',
  reference: 'Référentiels',
  broadcast: 'Diffusion',
  admin: 'Administration',
} as const
