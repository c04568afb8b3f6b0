/** Small readers of the rendered email's HTML, for checks that need no browser. */

const decode = (text: string) =>
  text
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()

/** Every h1–h6 in document order as "h2 Agenda", its text as a reader hears it. */
export function headingsOf(html: string): string[] {
  return [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map(
    (match) => `h${match[1]} ${decode(match[2] as string)}`,
  )
}

/** The opening tags of an element, e.g. every <table …>. */
export function openingTags(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map((match) => match[0])
}

/** The links as [text, href] pairs, in document order. */
export function linksOf(html: string): Array<[string, string]> {
  return [...html.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((match) => [
    decode(match[2] as string),
    (match[1] as string).replace(/&amp;/g, '&'),
  ])
}

/** The text of an element's content, tags removed. */
export const textOf = decode
