/**
 * The links a subscription card offers for a feed URL, one per client, in the form each accepts:
 * webcal:// (Apple Calendar, Outlook for Windows and Mac), Google Calendar's `cid` (given the
 * https address: Google fetches only what it can reach, and webcal:// would make it try plain
 * http) and Outlook.com's "subscribe from web".
 *
 * @example subscribeLinks({ feedUrl: 'https://a.be/calendars/agenda.ics', name: 'Agenda' }).webcal // 'webcal://a.be/calendars/agenda.ics'
 */
export function subscribeLinks({ feedUrl, name }: { feedUrl: string; name: string }) {
  const webcal = feedUrl.replace(/^https?:\/\//, 'webcal://')
  return {
    https: feedUrl,
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(feedUrl)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(feedUrl)}&name=${encodeURIComponent(name)}`,
  }
}
