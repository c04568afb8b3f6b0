import {
  EMAIL_ADDRESS_MESSAGES,
  emailAddressProblem,
  invisibleCharacterIn,
  isEmailAddress,
} from '@/domain/mail/emailAddress'

describe('emailAddressProblem', () => {
  it.each([
    ['zero-width space', 'anne\u200b@unipso.be', 'U+200B'],
    ['zero-width joiner', 'anne@uni\u200dpso.be', 'U+200D'],
    ['soft hyphen', 'an\u00adne@unipso.be', 'U+00AD'],
    ['no-break space at the end', 'anne@unipso.be\u00a0', 'U+00A0'],
    ['narrow no-break space', 'anne\u202f@unipso.be', 'U+202F'],
    ['left-to-right mark', '\u200eanne@unipso.be', 'U+200E'],
    ['right-to-left override', 'anne@\u202eunipso.be', 'U+202E'],
    ['first strong isolate', 'anne@unipso.be\u2068', 'U+2068'],
    ['byte order mark', '\ufeffanne@unipso.be', 'U+FEFF'],
    ['tab inside', 'an\tne@unipso.be', 'U+0009'],
    ['escape character', 'anne\u001b@unipso.be', 'U+001B'],
    ['Hangul filler', 'anne\u3164@unipso.be', 'U+3164'],
  ])('should refuse a %s', (_, address, codePoint) => {
    expect([
      emailAddressProblem(address),
      invisibleCharacterIn(address),
      isEmailAddress(address),
    ]).toEqual(['invisible', codePoint, false])
  })

  it('should trim ordinary spaces and line breaks typed around an address', () => {
    expect([emailAddressProblem(' anne@unipso.be\n'), isEmailAddress('\tanne@unipso.be ')]).toEqual(
      [null, true],
    )
  })

  it('should accept accented and plus addresses, and refuse malformed ones', () => {
    expect(
      ['élise+actu@fédération.be', 'anne@unipso', 'anne unipso@x.be', '<anne@x.be>', 42].map(
        emailAddressProblem,
      ),
    ).toEqual([null, 'invalid', 'invalid', 'invalid', 'invalid'])
  })

  it('should explain the refusal in French', () => {
    expect(EMAIL_ADDRESS_MESSAGES.invisible).toMatch(/^L’adresse contient un caractère invisible/)
  })
})
