import fs from 'node:fs'

import type { Browser } from 'playwright-core'
import { chromium } from 'playwright-core'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/**
 * Debian's Chromium, which `npm test` installs with apt when it is missing (scripts/bootstrap.mjs).
 * No silent skip: without a browser the browser tests fail and say why. `args` adds switches
 * (e.g. Chromium's automatic dark mode, the algorithm Gmail's Android app applies to mails).
 */
export async function launchBrowser({ args = [] }: { args?: string[] } = {}): Promise<Browser> {
  const executablePath =
    process.env.CHROMIUM_PATH ?? CANDIDATES.find((candidate) => fs.existsSync(candidate))
  if (!executablePath) {
    throw new Error(
      'Chromium introuvable : installez le paquet Debian « chromium » (npm test le fait en root) ou définissez CHROMIUM_PATH.',
    )
  }
  return chromium.launch({
    executablePath,
    // The machine's network is closed: background connections would only fail, slowly.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  })
}
