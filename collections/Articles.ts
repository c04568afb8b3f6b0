import type { CollectionConfig } from 'payload'

import { ARTICLE_STATUSES, toOptions } from '@/domain/content/options'
import { publishedContentAccess } from './access/publishedContentAccess'
import { emailRichText } from './fields/emailRichText'
import { signatureFields } from './fields/signatureFields'
import { normalizeSingleLineFields } from './hooks/normalizeSingleLineFields'
import { returnFeaturingIssuesToReview } from './hooks/returnFeaturingIssuesToReview'
import { groups, slugs } from './slugs'

/** A "Dossiers et projets" article: rubric, title, body and signature. */
export const Articles: CollectionConfig = {
  slug: slugs.articles,
  labels: { singular: 'Article', plural: 'Articles' },
  access: publishedContentAccess({ status: { equals: 'published' } }),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'rubric', 'status', 'updatedAt'],
    group: groups.content,
    description: 'Les articles de la partie « Dossiers et projets ».',
  },
  defaultSort: '-updatedAt',
  fields: [
    {
      name: 'rubric',
      label: 'Rubrique',
      type: 'relationship',
      relationTo: slugs.rubrics,
      required: true,
    },
    {
      name: 'title',
      label: 'Titre',
      type: 'text',
      required: true,
      maxLength: 250,
      admin: {
        description:
          'Texte simple. Pour mettre des mots en italique, entourez-les d’astérisques : *Innovations sociales*.',
        components: {
          Cell: '/src/components/admin/ItalicTitleCell#ItalicTitleCell',
          afterInput: ['/src/components/admin/PlainDocumentTitle#PlainDocumentTitle'],
        },
      },
    },
    { name: 'body', label: 'Texte', type: 'richText', editor: emailRichText, required: true },
    ...signatureFields({ signedBy: { required: true, minRows: 1 } }),
    {
      name: 'status',
      label: 'Statut',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: toOptions(ARTICLE_STATUSES),
      index: true,
      admin: { position: 'sidebar' },
    },
  ],
  hooks: {
    beforeValidate: [normalizeSingleLineFields(['title'])],
    afterChange: [returnFeaturingIssuesToReview('article')],
  },
}
