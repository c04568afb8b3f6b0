import {
  normalizeSingleLine,
  parseInlineItalics,
  toPlainTitle,
} from '@/domain/content/inlineItalics'

describe('parseInlineItalics', () => {
  it('should return one plain segment for a title without markup', () => {
    expect(parseInlineItalics('Rapport annuel')).toEqual([
      { text: 'Rapport annuel', isItalic: false },
    ])
  })

  it('should split a plain prefix from an italic run', () => {
    expect(parseInlineItalics('Publication : *Innovations sociales*')).toEqual([
      { text: 'Publication : ', isItalic: false },
      { text: 'Innovations sociales', isItalic: true },
    ])
  })

  it('should handle several italic runs with plain text between and after them', () => {
    expect(parseInlineItalics('*Un* et *deux* fin')).toEqual([
      { text: 'Un', isItalic: true },
      { text: ' et ', isItalic: false },
      { text: 'deux', isItalic: true },
      { text: ' fin', isItalic: false },
    ])
  })

  it('should keep an unmatched asterisk as literal text', () => {
    expect(parseInlineItalics('Prix *non fermé')).toEqual([
      { text: 'Prix *non fermé', isItalic: false },
    ])
  })

  it('should pair the first two asterisks and leave a third one literal', () => {
    expect(parseInlineItalics('*a* b *c')).toEqual([
      { text: 'a', isItalic: true },
      { text: ' b *c', isItalic: false },
    ])
  })

  it('should keep an empty pair of asterisks literal', () => {
    expect(parseInlineItalics('a ** b')).toEqual([{ text: 'a ** b', isItalic: false }])
  })

  it('should keep HTML tags as literal text', () => {
    expect(parseInlineItalics('<b>x</b>')).toEqual([{ text: '<b>x</b>', isItalic: false }])
  })

  it('should keep a lone angle bracket as literal text', () => {
    expect(parseInlineItalics('DIGI<ES')).toEqual([{ text: 'DIGI<ES', isItalic: false }])
  })

  it('should keep HTML inside an italic run as literal text', () => {
    expect(parseInlineItalics('*<i>AViQ</i> & co*')).toEqual([
      { text: '<i>AViQ</i> & co', isItalic: true },
    ])
  })

  it('should return no segment for an empty title', () => {
    expect(parseInlineItalics('')).toEqual([])
  })
})

describe('toPlainTitle', () => {
  it('should remove the italic markers', () => {
    expect(toPlainTitle('Publication : *Innovations sociales*')).toBe(
      'Publication : Innovations sociales',
    )
  })

  it('should keep an unmatched asterisk', () => {
    expect(toPlainTitle('5 * 3')).toBe('5 * 3')
  })

  it('should keep HTML as literal text', () => {
    expect(toPlainTitle('DIGI<ES & <b>x</b>')).toBe('DIGI<ES & <b>x</b>')
  })

  it('should return an empty string for an empty title', () => {
    expect(toPlainTitle('')).toBe('')
  })
})

describe('normalizeSingleLine', () => {
  it('should trim leading and trailing spaces', () => {
    expect(normalizeSingleLine('  Bonjour  ')).toBe('Bonjour')
  })

  it('should collapse runs of spaces', () => {
    expect(normalizeSingleLine('Bonjour    le   monde')).toBe('Bonjour le monde')
  })

  it('should replace a tab with a single space', () => {
    expect(normalizeSingleLine('Bonjour\tle monde')).toBe('Bonjour le monde')
  })

  it('should replace newlines, including CRLF, with a single space', () => {
    expect(normalizeSingleLine('Bonjour\r\nle\nmonde')).toBe('Bonjour le monde')
  })

  it('should drop a leading control character', () => {
    expect(normalizeSingleLine('\u0007Bonjour')).toBe('Bonjour')
  })

  it('should not leave a double space around a control character', () => {
    expect(normalizeSingleLine('Bonjour \u0000 monde')).toBe('Bonjour monde')
  })

  it('should treat DEL as a control character', () => {
    expect(normalizeSingleLine('Bonjour\u007f')).toBe('Bonjour')
  })

  it('should keep accented letters and punctuation', () => {
    expect(normalizeSingleLine('Économie sociale : l’été')).toBe('Économie sociale : l’été')
  })

  it('should return an empty string for whitespace and control characters only', () => {
    expect(normalizeSingleLine(' \t\n\u0001 ')).toBe('')
  })
})
