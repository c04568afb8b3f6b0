/**
 * The target of a table-of-contents link: the heading carries the id, and this empty <a name> is
 * the fallback of clients that drop ids (Outlook for Windows, older webmails).
 */
export function NamedAnchor({ name }: { name: string }) {
  // `name` on <a> is obsolete in HTML5, so React's types leave it out; mail clients still use it.
  const attributes = { name } as Record<string, string>
  return <a {...attributes} />
}
