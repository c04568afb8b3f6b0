/**
 * The links a subscription card offers for a feed URL: webcal:// (Apple Calendar, Outlook desktop),
 * Google Calendar's "add by URL" and Outlook.com's "subscribe from web".
 *
 * @example subscribeLinks({ feedUrl: 'https://a.be/calendars/agenda.ics', name: 'Agenda' }).webcal // 'webcal://a.be/calendars/agenda.ics'
 */
export function subscribeLinks({ feedUrl, name }: { feedUrl: string; name: string }) {
  const webcal = feedUrl.replace(/^https?:\/\//, 'webcal://')
  return {
    https: feedUrl,
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(feedUrl)}&name=${encodeURIComponent(name)}`,
  }
}
