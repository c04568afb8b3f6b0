import type { LexicalTextNode } from '@/domain/content/markdownToLexical'
import {
  TEXT_FORMAT,
  lexicalToPlainText,
  markdownToLexical,
} from '@/domain/content/markdownToLexical'

const ELEMENT = { format: '', indent: 0, version: 1, direction: 'ltr' }
const FOOTNOTE_ID = /^[0-9a-f]{24}$/

function text(value: string, format = 0): LexicalTextNode {
  return { type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

function paragraph(children: unknown[]) {
  return { ...ELEMENT, type: 'paragraph', textFormat: 0, textStyle: '', children }
}

function link(url: string, children: LexicalTextNode[]) {
  return {
    type: 'link',
    version: 3,
    format: '',
    indent: 0,
    direction: 'ltr',
    fields: { linkType: 'custom', url, newTab: false },
    children,
  }
}

function firstParagraphChildren(markdown: string): unknown[] {
  return (markdownToLexical(markdown).root.children[0] as { children: unknown[] }).children
}

describe('TEXT_FORMAT', () => {
  it('should use the Lexical bit flags for bold and italic', () => {
    expect(TEXT_FORMAT).toEqual({ bold: 1, italic: 2 })
  })
})

describe('markdownToLexical', () => {
  describe('blocks', () => {
    it('should wrap a single paragraph in a root node', () => {
      expect(markdownToLexical('Bonjour le monde')).toEqual({
        root: { ...ELEMENT, type: 'root', children: [paragraph([text('Bonjour le monde')])] },
      })
    })

    it('should split paragraphs on blank lines', () => {
      expect(markdownToLexical('Premier.\n\nSecond.').root.children).toEqual([
        paragraph([text('Premier.')]),
        paragraph([text('Second.')]),
      ])
    })

    it('should treat a line holding only spaces as a blank line', () => {
      expect(markdownToLexical('Premier.\n   \nSecond.').root.children).toEqual([
        paragraph([text('Premier.')]),
        paragraph([text('Second.')]),
      ])
    })

    it('should join the lines of one paragraph with a space', () => {
      expect(markdownToLexical('ligne un\n  ligne deux  ').root.children).toEqual([
        paragraph([text('ligne un ligne deux')]),
      ])
    })

    it('should read Windows line endings', () => {
      expect(markdownToLexical('Premier.\r\n\r\nSecond.').root.children).toEqual([
        paragraph([text('Premier.')]),
        paragraph([text('Second.')]),
      ])
    })

    it('should give an empty root for an empty text', () => {
      expect(markdownToLexical('\n\n  \n')).toEqual({
        root: { ...ELEMENT, type: 'root', children: [] },
      })
    })

    it('should turn a block of "- " lines into a bullet list numbered 1..n', () => {
      expect(markdownToLexical('- un\n- deux\n- trois').root.children).toEqual([
        {
          ...ELEMENT,
          type: 'list',
          listType: 'bullet',
          start: 1,
          tag: 'ul',
          children: [
            { ...ELEMENT, type: 'listitem', value: 1, children: [text('un')] },
            { ...ELEMENT, type: 'listitem', value: 2, children: [text('deux')] },
            { ...ELEMENT, type: 'listitem', value: 3, children: [text('trois')] },
          ],
        },
      ])
    })

    it('should restart list values at 1 in a second list', () => {
      const [, second] = markdownToLexical('- a\n- b\n\n- c').root.children
      expect(second).toEqual({
        ...ELEMENT,
        type: 'list',
        listType: 'bullet',
        start: 1,
        tag: 'ul',
        children: [{ ...ELEMENT, type: 'listitem', value: 1, children: [text('c')] }],
      })
    })

    it('should keep a block mixing list and plain lines as a paragraph', () => {
      expect(markdownToLexical('Introduction\n- un').root.children).toEqual([
        paragraph([text('Introduction - un')]),
      ])
    })

    it('should parse inline markup inside list items', () => {
      const [list] = markdownToLexical('- *Note* finale').root.children
      expect(list).toEqual({
        ...ELEMENT,
        type: 'list',
        listType: 'bullet',
        start: 1,
        tag: 'ul',
        children: [
          { ...ELEMENT, type: 'listitem', value: 1, children: [text('Note', 2), text(' finale')] },
        ],
      })
    })
  })

  describe('inline markup', () => {
    it('should turn a link into a link node carrying its url', () => {
      expect(firstParagraphChildren('Voir le [site](https://www.unipso.be).')).toEqual([
        text('Voir le '),
        link('https://www.unipso.be', [text('site')]),
        text('.'),
      ])
    })

    it('should mark italic text with format 2', () => {
      expect(firstParagraphChildren('Un *mot* ici')).toEqual([
        text('Un '),
        text('mot', 2),
        text(' ici'),
      ])
    })

    it('should mark bold text with format 1', () => {
      expect(firstParagraphChildren('Un **mot** ici')).toEqual([
        text('Un '),
        text('mot', 1),
        text(' ici'),
      ])
    })

    it('should combine italic inside bold into format 3', () => {
      expect(firstParagraphChildren('**gras *les deux* gras**')).toEqual([
        text('gras ', 1),
        text('les deux', 3),
        text(' gras', 1),
      ])
    })

    it('should carry the bold format into a link inside bold text', () => {
      expect(firstParagraphChildren('**[site](https://www.unipso.be)**')).toEqual([
        link('https://www.unipso.be', [text('site', 1)]),
      ])
    })

    it('should keep an unmatched asterisk as literal text', () => {
      expect(firstParagraphChildren('Prix *unique')).toEqual([text('Prix *unique')])
    })

    it('should keep unmatched brackets as literal text', () => {
      expect(firstParagraphChildren('[pas un lien] (ici)')).toEqual([text('[pas un lien] (ici)')])
    })
  })

  describe('footnotes', () => {
    it('should turn a reference into an inline footnote block carrying its note', () => {
      expect(firstParagraphChildren('Texte[^1] suite.\n\n[^1]: Une note.')).toEqual([
        text('Texte'),
        {
          type: 'inlineBlock',
          version: 1,
          fields: {
            id: expect.stringMatching(FOOTNOTE_ID),
            blockName: '',
            blockType: 'footnote',
            note: 'Une note.',
          },
        },
        text(' suite.'),
      ])
    })

    it('should strip link markup from the note and take the url of the first link', () => {
      const [, footnote] = firstParagraphChildren(
        'Texte[^a]\n\n[^a]: Voir [le site](https://www.unipso.be) et [l’AViQ](https://www.aviq.be).',
      )
      expect(footnote).toEqual({
        type: 'inlineBlock',
        version: 1,
        fields: {
          id: expect.stringMatching(FOOTNOTE_ID),
          blockName: '',
          blockType: 'footnote',
          note: 'Voir le site et l’AViQ.',
          url: 'https://www.unipso.be',
        },
      })
    })

    it('should strip emphasis asterisks from the note', () => {
      const [, footnote] = firstParagraphChildren('Texte[^1]\n\n[^1]: *Rapport* **annuel**')
      expect(footnote).toEqual({
        type: 'inlineBlock',
        version: 1,
        fields: {
          id: expect.stringMatching(FOOTNOTE_ID),
          blockName: '',
          blockType: 'footnote',
          note: 'Rapport annuel',
        },
      })
    })

    it('should use a note that is a bare http(s) address as its url', () => {
      const [, footnote] = firstParagraphChildren(
        'Texte[^1]\n\n[^1]: https://www.unipso.be/rapport',
      )
      expect(footnote).toEqual({
        type: 'inlineBlock',
        version: 1,
        fields: {
          id: expect.stringMatching(FOOTNOTE_ID),
          blockName: '',
          blockType: 'footnote',
          note: 'https://www.unipso.be/rapport',
          url: 'https://www.unipso.be/rapport',
        },
      })
    })

    it('should not treat an address without a scheme as a url', () => {
      const [, footnote] = firstParagraphChildren('Texte[^1]\n\n[^1]: www.unipso.be')
      expect(footnote).toEqual({
        type: 'inlineBlock',
        version: 1,
        fields: {
          id: expect.stringMatching(FOOTNOTE_ID),
          blockName: '',
          blockType: 'footnote',
          note: 'www.unipso.be',
        },
      })
    })

    it('should accept a definition placed before its reference', () => {
      expect(markdownToLexical('[^1]: Avant.\n\nTexte[^1]').root.children).toEqual([
        paragraph([
          text('Texte'),
          {
            type: 'inlineBlock',
            version: 1,
            fields: {
              id: expect.stringMatching(FOOTNOTE_ID),
              blockName: '',
              blockType: 'footnote',
              note: 'Avant.',
            },
          },
        ]),
      ])
    })

    it('should follow a link with its footnote', () => {
      expect(
        firstParagraphChildren('Voir le [site](https://www.unipso.be)[^1].\n\n[^1]: www.unipso.be'),
      ).toEqual([
        text('Voir le '),
        link('https://www.unipso.be', [text('site')]),
        {
          type: 'inlineBlock',
          version: 1,
          fields: {
            id: expect.stringMatching(FOOTNOTE_ID),
            blockName: '',
            blockType: 'footnote',
            note: 'www.unipso.be',
          },
        },
        text('.'),
      ])
    })

    it('should give different ids to different notes', () => {
      const [, first, , second] = firstParagraphChildren(
        'a[^1] b[^2]\n\n[^1]: Une.\n[^2]: Deux.',
      ) as {
        fields: { id: string }
      }[]
      expect(first?.fields.id).not.toBe(second?.fields.id)
    })

    it('should throw on a reference without a definition', () => {
      expect(() => markdownToLexical('Texte[^2]')).toThrow(
        /^Note de bas de page \[\^2\] utilisée sans définition « \[\^2\]: … »$/,
      )
    })

    it('should throw on a definition that is never referenced', () => {
      expect(() =>
        markdownToLexical('Texte[^1]\n\n[^1]: Utilisée.\n[^2]: Orpheline.\n[^x]: Aussi.'),
      ).toThrow(/^Notes de bas de page définies mais jamais appelées : \[\^2\], \[\^x\]$/)
    })
  })

  describe('stability', () => {
    it('should give identical output when converting the same text twice', () => {
      const markdown =
        'Voir le [site](https://www.unipso.be)[^1] et *la note*[^n].\n\n- un\n- deux\n\n[^1]: www.unipso.be\n[^n]: Seconde.'
      expect(markdownToLexical(markdown)).toStrictEqual(markdownToLexical(markdown))
    })
  })
})

describe('lexicalToPlainText', () => {
  it('should round-trip a small document to plain text', () => {
    const document = markdownToLexical(
      'Un *premier* paragraphe avec un [lien](https://www.unipso.be).\n\n- un\n- **deux**\n\nFin[^1].\n\n[^1]: Note.',
    )
    expect(lexicalToPlainText(document)).toBe(
      'Un premier paragraphe avec un lien.\n\n- un\n- deux\n\nFin.',
    )
  })

  it('should render a linebreak node as a newline', () => {
    const document = {
      root: {
        children: [{ type: 'paragraph', children: [text('a'), { type: 'linebreak' }, text('b')] }],
      },
    }
    expect(lexicalToPlainText(document)).toBe('a\nb')
  })

  it('should return an empty string for null', () => {
    expect(lexicalToPlainText(null)).toBe('')
  })

  it('should return an empty string for undefined', () => {
    expect(lexicalToPlainText(undefined)).toBe('')
  })

  it('should return an empty string for a document without children', () => {
    expect(lexicalToPlainText({ root: { children: [] } })).toBe('')
  })
})
