'use client'
import { useEffect } from 'react'

/**
 * Runs `poll` now, then again after the delay (ms) it returns, until it returns `null` or the
 * component unmounts. A new `poll` (its dependencies changed) restarts the cycle. `isCurrent`
 * tells `poll` whether its answer still matters, so a late response never overwrites newer state.
 * Wrap `poll` in `useCallback`: each new function starts a new cycle.
 */
export function usePolling(poll: (isCurrent: () => boolean) => Promise<number | null>) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let isCurrent = true
    const load = async () => {
      const delay = await poll(() => isCurrent)
      if (isCurrent && delay !== null) timer = setTimeout(load, delay)
    }
    void load()
    return () => {
      isCurrent = false
      if (timer) clearTimeout(timer)
    }
  }, [poll])
}
