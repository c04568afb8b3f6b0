import type { Page, Request } from 'playwright-core'

const QUIET_MS = 500

/**
 * How long an admin page takes to be usable, in ms: `act` (a navigation, a click) until `ready` is
 * visible and every request the page started has answered. The end is the later of the two: the
 * 500 ms of quiet awaited to know the network is done are not counted. Works for client-side
 * navigations too, where Playwright's `networkidle` load state is already reached.
 */
export async function timePageReady({
  page,
  act,
  ready,
}: {
  page: Page
  act: () => Promise<unknown>
  ready: string
}): Promise<number> {
  const pending = new Set<Request>()
  let lastActivity = Date.now()
  const started = (request: Request) => {
    pending.add(request)
    lastActivity = Date.now()
  }
  const ended = (request: Request) => {
    pending.delete(request)
    lastActivity = Date.now()
  }
  page.on('request', started)
  page.on('requestfinished', ended)
  page.on('requestfailed', ended)
  try {
    const start = Date.now()
    await act()
    await page.locator(ready).first().waitFor()
    const readyAt = Date.now()
    // A page that never goes quiet (a request that never answers) is measured up to then.
    while (
      (pending.size > 0 || Date.now() - lastActivity < QUIET_MS) &&
      Date.now() - readyAt < 20_000
    )
      await new Promise((resolve) => setTimeout(resolve, 50))
    return Math.max(readyAt, lastActivity) - start
  } finally {
    page.off('request', started)
    page.off('requestfinished', ended)
    page.off('requestfailed', ended)
  }
}

/**
 * Types into an admin field and resolves once Payload's form has answered the change (the
 * server action that recomputes the form state, a POST with a `next-action` header): what a
 * keystroke elsewhere does to errors already shown.
 */
export async function typeAndAwaitFormState({
  page,
  selector,
  text,
}: {
  page: Page
  selector: string
  text: string
}): Promise<void> {
  const answered = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      Boolean(response.request().headers()['next-action']),
    { timeout: 60_000 },
  )
  await page.locator(selector).press('End')
  await page.locator(selector).pressSequentially(text)
  await answered
  // The answer is merged into the form on the next task.
  await page.waitForTimeout(500)
}
