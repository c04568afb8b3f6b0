import {
  MAX_TEST_RECIPIENTS,
  parseRecipients,
  testGreetingName,
  toHeaderValue,
} from '@/domain/mail/parseRecipients'

describe('parseRecipients', () => {
  it('should read bare addresses separated by commas, semicolons, spaces or lines, once each', () => {
    expect(
      parseRecipients('anne@unipso.be, Bob@Unipso.be;\nclaire@unipso.be  bob@unipso.be'),
    ).toEqual({
      recipients: [
        { address: 'anne@unipso.be', name: null },
        { address: 'bob@unipso.be', name: null },
        { address: 'claire@unipso.be', name: null },
      ],
    })
  })

  it('should accept « Nom <adresse> », quoted names with commas included', () => {
    expect(
      parseRecipients(
        'Anne Dupont <Anne@unipso.be>; "Martin, Bob" <bob@unipso.be>, claire@unipso.be',
      ),
    ).toEqual({
      recipients: [
        { address: 'anne@unipso.be', name: 'Anne Dupont' },
        { address: 'bob@unipso.be', name: 'Martin, Bob' },
        { address: 'claire@unipso.be', name: null },
      ],
    })
  })

  it('should refuse an entry whose brackets hold no address, naming it', () => {
    expect(parseRecipients('anne@unipso.be, Bob <pas-une-adresse>')).toEqual({
      error: 'Adresse invalide : Bob <pas-une-adresse>',
    })
  })

  it('should refuse an empty list and more than the maximum', () => {
    const many = Array.from({ length: MAX_TEST_RECIPIENTS + 1 }, (_, n) => `t${n}@unipso.be`)
    expect([parseRecipients(' , '), parseRecipients(many)]).toEqual([
      { error: 'Indiquez au moins une adresse de courriel.' },
      { error: 'Un envoi de test va à 10 adresses au plus.' },
    ])
  })

  it('should write a display name back quoted, and a bare address as it is', () => {
    expect([
      toHeaderValue({ address: 'bob@unipso.be', name: 'Martin, Bob' }),
      toHeaderValue({ address: 'claire@unipso.be', name: null }),
    ]).toEqual(['"Martin, Bob" <bob@unipso.be>', 'claire@unipso.be'])
  })

  it('should greet only the sender by name, in their own copy', () => {
    const sender = { email: 'Anne@unipso.be', name: 'Anne Dupont' }
    expect([
      testGreetingName({ recipient: { address: 'anne@unipso.be', name: null }, sender }),
      testGreetingName({ recipient: { address: 'bob@unipso.be', name: 'Bob' }, sender }),
      testGreetingName({
        recipient: { address: 'anne@unipso.be', name: null },
        sender: { email: 'anne@unipso.be', name: null },
      }),
    ]).toEqual(['Anne', null, null])
  })
})
