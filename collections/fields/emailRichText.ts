import type { Block } from 'payload'
import {
  BlocksFeature,
  BoldFeature,
  FixedToolbarFeature,
  InlineToolbarFeature,
  ItalicFeature,
  lexicalEditor,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical'

/**
 * A footnote written where it is called, as in a word processor. The newsletter numbers the
 * notes per article and prints them at the article's end.
 */
export const FootnoteBlock: Block = {
  slug: 'footnote',
  labels: { singular: 'Note de bas de page', plural: 'Notes de bas de page' },
  // The chip in the text shows the note's beginning, not just « Note de bas de page ».
  admin: { components: { Label: '/src/components/admin/FootnoteLabel#FootnoteLabel' } },
  fields: [
    { name: 'note', label: 'Texte de la note', type: 'text', required: true },
    {
      name: 'url',
      label: 'Lien (facultatif)',
      type: 'text',
      validate: (value: string | null | undefined) =>
        !value ||
        /^(https?:\/\/|mailto:)\S+$/.test(value) ||
        'Indiquez une adresse complète (https://…).',
    },
  ],
}

/**
 * The only formatting an email can carry reliably across Gmail, Outlook and Apple Mail:
 * paragraphs, bold, italics, links, lists and footnotes. No headings, images or tables.
 */
export const emailRichText = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    BoldFeature(),
    ItalicFeature(),
    LinkFeature({ enabledCollections: [] }),
    UnorderedListFeature(),
    OrderedListFeature(),
    BlocksFeature({ inlineBlocks: [FootnoteBlock] }),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
