import { compileTemplate, RECIPIENT_TOKENS } from '@/domain/newsletter/personalize'
import type { EditionParts } from '@/domain/sending/recipientEmail'
import { recipientEmail } from '@/domain/sending/recipientEmail'

const edition: EditionParts = {
  subject: '#ActUNIPSO – mars 2027',
  listId: 'actunipso.unipso.be',
  templates: {
    html: compileTemplate({
      rendered: `<p>${RECIPIENT_TOKENS.greeting}</p><a href="${RECIPIENT_TOKENS.unsubscribeUrl}">Se désinscrire</a>`,
      isHtml: true,
    }),
    text: compileTemplate({
      rendered: `${RECIPIENT_TOKENS.greeting}\nSe désinscrire : ${RECIPIENT_TOKENS.unsubscribeUrl}`,
      isHtml: false,
    }),
  },
}

const recipient = {
  email: 'anne@asbl.be',
  firstName: 'Anne',
  unsubscribeUrl: 'https://actunipso.unipso.be/desinscription?token=t1&s=2',
}

describe('recipientEmail', () => {
  it('should build the address, subject, personalised bodies and list headers', () => {
    expect(recipientEmail({ edition, recipient })).toEqual({
      to: ['anne@asbl.be'],
      subject: '#ActUNIPSO – mars 2027',
      html: '<p>Bonjour Anne,</p><a href="https://actunipso.unipso.be/desinscription?token=t1&amp;s=2">Se désinscrire</a>',
      text: 'Bonjour Anne,\nSe désinscrire : https://actunipso.unipso.be/desinscription?token=t1&s=2',
      headers: {
        'List-Unsubscribe': '<https://actunipso.unipso.be/desinscription?token=t1&s=2>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'List-Id': '#ActUNIPSO <actunipso.unipso.be>',
      },
    })
  })

  it('should escape the first name in the HTML and keep it as is in the text', () => {
    const email = recipientEmail({
      edition,
      recipient: { ...recipient, firstName: '<b>Léa</b> & "Co"' },
    })
    expect([email.html.split('</p>')[0], email.text.split('\n')[0]]).toEqual([
      '<p>Bonjour &lt;b&gt;Léa&lt;/b&gt; &amp; &quot;Co&quot;,',
      'Bonjour <b>Léa</b> & "Co",',
    ])
  })

  it('should greet without a name when the first name is unknown', () => {
    expect(
      recipientEmail({ edition, recipient: { ...recipient, firstName: null } }).text.split('\n')[0],
    ).toBe('Bonjour,')
  })

  it('should add the tags when given', () => {
    expect(
      recipientEmail({ edition, recipient, tags: [{ name: 'send', value: '7' }] }).tags,
    ).toEqual([{ name: 'send', value: '7' }])
  })

  it('should give byte-identical mails for the same inputs', () => {
    const first = JSON.stringify(recipientEmail({ edition, recipient }))
    const second = JSON.stringify(
      recipientEmail({ edition: structuredClone(edition), recipient: { ...recipient } }),
    )
    expect(second).toBe(first)
  })
})
