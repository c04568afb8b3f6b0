import {
  normalizeEmail,
  onSubscribe,
  parseSubscriptionForm,
  SUBSCRIPTION_FORM_MESSAGES,
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

  it('should refuse an address holding an invisible character, with its own message', () => {
    expect(parseSubscriptionForm({ email: 'anne\u200b@unipso.be', consent: 'on' })).toEqual({
      errors: { 'email-invisible': SUBSCRIPTION_FORM_MESSAGES['email-invisible'] },
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
    [null, true],
    ['pending', true],
    ['unsubscribed', true],
    ['bounced', true],
    ['active', false],
    ['complained', false],
  ] as const)(
    'should answer a request for %s with a confirmation mail: %s',
    (status, shouldSendConfirmation) => {
      expect(onSubscribe(status)).toEqual({ shouldSendConfirmation })
    },
  )
})

describe('normalizeEmail', () => {
  it('should trim and lower-case', () => {
    expect(normalizeEmail('  Bob@Example.ORG ')).toBe('bob@example.org')
  })
})
