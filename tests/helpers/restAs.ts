import type { BrowserContext } from 'playwright-core'

/**
 * The REST API of a spec's running app, as the account whose token `connection` gives (read when
 * called: specs log in in `beforeAll`): JSON in and out, and an error naming the request and the
 * answer when it is not 2xx.
 */
export function restAs(connection: () => { baseUrl: string; token: string }) {
  return async <T>(route: string, init: RequestInit = {}): Promise<T> => {
    const { baseUrl, token } = connection()
    const response = await fetch(`${baseUrl}${route}`, {
      ...init,
      headers: {
        authorization: `JWT ${token}`,
        'content-type': 'application/json',
        ...init.headers,
      },
    })
    if (!response.ok)
      throw new Error(
        `${init.method ?? 'GET'} ${route} : ${response.status} ${await response.text()}`,
      )
    return (await response.json()) as T
  }
}

/** Closes the browser contexts a test left open (each spec's `afterEach`). */
export async function closeContexts(contexts: Set<BrowserContext>): Promise<void> {
  for (const context of [...contexts]) {
    contexts.delete(context)
    await context.close()
  }
}
