import {
  normalizeEmail,
  onSubscribe,
  parseSubscriptionForm,
} from '@/domain/subscribers/subscription'

describe('parseSubscriptionForm', () => {
  it('should normalise the address and one-line names', () => {
    expect(
      parseSubscriptionForm({ email: ' Anne@Unipso.BE ', firstName: ' Anne\n', consent: 'on' }),
    ).toEqual({
      form: {
        email: 'anne@unipso.be',
        firstName: 'Anne',
        lastName: '',
        organisation: '',
        hasConsented: true,
      },
    })
  })

  it('should list every problem in French', () => {
    expect(parseSubscriptionForm({ email: 'anne@' })).toEqual({
      errors: {
        email: 'Indiquez une adresse de courriel valide.',
        consent: 'Cochez la case pour accepter de recevoir la lettre d’information.',
      },
    })
  })

  it('should treat HTML in a name as text', () => {
    const parsed = parseSubscriptionForm({
      email: 'a@b.be',
      firstName: '<b>Anne</b>',
      consent: 'on',
    })
    expect('form' in parsed && parsed.form.firstName).toBe('<b>Anne</b>')
  })
})

describe('onSubscribe', () => {
  it.each([
    [null, 'pending', true],
    ['pending', 'pending', true],
    ['unsubscribed', 'pending', true],
    ['bounced', 'pending', true],
    ['active', 'active', false],
    ['complained', 'complained', false],
  ] as const)('should move %s to %s (mail: %s)', (status, nextStatus, shouldSendConfirmation) => {
    expect(onSubscribe(status)).toEqual({ nextStatus, shouldSendConfirmation })
  })
})

describe('normalizeEmail', () => {
  it('should trim and lower-case', () => {
    expect(normalizeEmail('  Bob@Example.ORG ')).toBe('bob@example.org')
  })
})
