import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const projectRoot = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR lets two builds of one tree live side by side (parallel work, CI); `.next` otherwise.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // No X-Powered-By (withPayload adds « Next.js, Payload » unless this is false).
  poweredByHeader: false,
  // Collections and emails live beside src/, at the top level the client asked for.
  turbopack: { root: projectRoot },
  // It reads its VTIMEZONE files next to its own __dirname: bundled, it finds none and every feed
  // loses its VTIMEZONE silently. Loaded from node_modules at run time instead.
  serverExternalPackages: ['@touch4it/ical-timezones'],
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
