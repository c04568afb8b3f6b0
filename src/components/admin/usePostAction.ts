'use client'
import { useState } from 'react'

export type PostRequest = {
  url: string
  /** Sent as `application/json`. */
  json?: unknown
  /** Sent as is, with `contentType` (a CSV file, for instance). */
  body?: string
  contentType?: string
}

/** What the endpoint answered: its JSON body (`{}` when it sent none) carries `error` in French on failure. */
export type PostAnswer<T> = { isOk: boolean; body: T & { error?: string } }

/** POSTs with the admin's session cookie and reads the JSON answer, whatever the status. */
export async function postAction<T = object>({
  url,
  json,
  body,
  contentType,
}: PostRequest): Promise<PostAnswer<T>> {
  const isJson = json !== undefined
  const type = isJson ? 'application/json' : contentType
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: type ? { 'content-type': type } : undefined,
    body: isJson ? JSON.stringify(json) : body,
  })
  const answer = (await response.json().catch(() => ({}))) as T & { error?: string }
  return { isOk: response.ok, body: answer }
}

/**
 * The state every admin action button keeps: busy while its POST runs, and the French message
 * it shows afterwards. `pending` replaces the message while the request runs (`null` clears it,
 * left out keeps the previous one).
 */
export function usePostAction() {
  const [message, setMessage] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const post = async <T = object>({
    pending,
    ...request
  }: PostRequest & { pending?: string | null }): Promise<PostAnswer<T>> => {
    setIsBusy(true)
    if (pending !== undefined) setMessage(pending)
    try {
      return await postAction<T>(request)
    } finally {
      setIsBusy(false)
    }
  }
  return { message, setMessage, isBusy, post }
}
