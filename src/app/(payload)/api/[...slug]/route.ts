import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { guardRest } from '@/server/http/restGuard'

// Every REST request passes the guard first: rate limits, bad input answered 4xx in French.
export const GET = guardRest({ config, handler: REST_GET(config) })
export const POST = guardRest({ config, handler: REST_POST(config) })
export const DELETE = guardRest({ config, handler: REST_DELETE(config) })
export const PATCH = guardRest({ config, handler: REST_PATCH(config) })
export const PUT = guardRest({ config, handler: REST_PUT(config) })
export const OPTIONS = guardRest({ config, handler: REST_OPTIONS(config) })
