import { memberLinkEmail } from '@/domain/calendar/memberLinkEmail'

const FEED = 'https://actunipso.example/calendars/members/0123456789abcdef.0123456789abcdef0123.ics'

describe('memberLinkEmail', () => {
  const mail = memberLinkEmail({
    name: 'Anne & Co',
    feedUrl: FEED,
    pageUrl: 'https://actunipso.example/calendriers',
  })

  it('should escape the member’s name in the HTML', () => {
    expect(mail.html).toContain('<p>Bonjour Anne &amp; Co,</p>')
  })

  it('should let the long feed URL break anywhere so the mail fits a phone', () => {
    expect(mail.html).toMatch(/<code style="[^"]*word-break:break-all;overflow-wrap:anywhere">/)
  })

  it('should give the address to copy in the text part', () => {
    expect(mail.text).toContain(`Adresse à copier : ${FEED}`)
  })
})
