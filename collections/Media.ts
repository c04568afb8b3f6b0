import type { CollectionConfig } from 'payload'

import { anyone } from './access/anyone'
import { isStaff } from './access/isStaff'
import { technicalAdmin } from './fields/technicalAdmin'
import { groups, slugs } from './slugs'

/** Photos and documents. Public: they are shown in emails and on the web archive. */
export const Media: CollectionConfig = {
  slug: slugs.media,
  labels: { singular: 'Fichier', plural: 'Fichiers' },
  access: { create: isStaff, read: anyone, update: isStaff, delete: isStaff },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'mimeType'],
    group: groups.reference,
  },
  fields: [
    {
      name: 'alt',
      label: 'Texte alternatif',
      type: 'text',
      required: true,
      admin: { description: 'Décrit le fichier pour les personnes qui ne voient pas les images.' },
    },
    // Payload's own upload fields, named in French: it merges these over its own by name.
    { name: 'mimeType', label: 'Type de fichier', type: 'text' },
    { name: 'url', label: 'Adresse du fichier', type: 'text' },
    { name: 'thumbnailURL', label: 'Miniature', type: 'text', admin: technicalAdmin },
  ],
  upload: {
    staticDir: 'data/media',
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
  },
}
