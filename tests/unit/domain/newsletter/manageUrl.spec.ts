import {
  MANAGE_URL_TOKEN,
  RECIPIENT_TOKENS,
  compileTemplate,
  manageUrlFor,
  personalize,
} from '@/domain/newsletter/personalize'

describe('manageUrlFor', () => {
  it('should give the subscriber’s own page with the unsubscribe link’s token', () => {
    expect(
      manageUrlFor('https://actunipso.unipso.be/newsletter/desinscription?token=Ab3dE_9x.q-Z'),
    ).toBe('https://actunipso.unipso.be/newsletter/abonnement?token=Ab3dE_9x.q-Z')
  })

  it('should turn the unsubscribe placeholder into the manage placeholder', () => {
    expect(manageUrlFor(RECIPIENT_TOKENS.unsubscribeUrl)).toBe(MANAGE_URL_TOKEN)
  })
})

describe('personalize with the manage link', () => {
  it('should fill the manage slot from the recipient’s unsubscribe link, escaped in HTML only', () => {
    const rendered = `<a href="${RECIPIENT_TOKENS.unsubscribeUrl}">x</a><a href="${manageUrlFor(RECIPIENT_TOKENS.unsubscribeUrl)}">y</a>`
    const recipient = {
      greeting: 'Bonjour,',
      unsubscribeUrl: 'https://a.be/newsletter/desinscription?token=t&x=1',
    }
    expect([
      personalize({ template: compileTemplate({ rendered, isHtml: true }), recipient }),
      personalize({ template: compileTemplate({ rendered, isHtml: false }), recipient }),
    ]).toEqual([
      '<a href="https://a.be/newsletter/desinscription?token=t&amp;x=1">x</a><a href="https://a.be/newsletter/abonnement?token=t&amp;x=1">y</a>',
      '<a href="https://a.be/newsletter/desinscription?token=t&x=1">x</a><a href="https://a.be/newsletter/abonnement?token=t&x=1">y</a>',
    ])
  })
})
