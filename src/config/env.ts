import { z } from 'zod'

import { AppError } from '@/domain/errors'
import { resolveDatabaseTarget } from './database'

/**
 * The only reader of process.env. Parsed on each call (cheap) so scripts and tests that set
 * variables before loading the config see their values.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URI: z
    .string()
    .trim()
    .optional()
    .superRefine((uri, context) => {
      const problem = databaseUriProblem(uri)
      if (problem) context.addIssue({ code: 'custom', message: problem })
    }),
  // Required, but its message depends on NODE_ENV: checked in readEnv.
  PAYLOAD_SECRET: z
    .string()
    .min(32, 'PAYLOAD_SECRET doit faire au moins 32 caractères.')
    .optional(),
  SERVER_URL: z
    .url('SERVER_URL doit être une URL complète, par exemple https://actunipso.unipso.be')
    .optional(),
  ADMIN_EMAIL: z.email('ADMIN_EMAIL n’est pas une adresse valide.').optional(),
  ADMIN_PASSWORD: z
    .string()
    .min(12, 'ADMIN_PASSWORD doit faire au moins 12 caractères.')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RESEND_API_KEY: z.string().startsWith('re_', 'RESEND_API_KEY commence par « re_ ».').optional(),
  RESEND_BASE_URL: z.url('RESEND_BASE_URL doit être une URL complète.').optional(),
  MAIL_FROM: z.string().min(3).default('#ActUNIPSO <actunipso@unipso.local>'),
  MAIL_REPLY_TO: z.email('MAIL_REPLY_TO n’est pas une adresse valide.').optional(),
  RESEND_WEBHOOK_SECRET: z
    .string()
    .min(16, 'RESEND_WEBHOOK_SECRET : le secret « whsec_… » de la page Webhooks de Resend.')
    .optional(),
  LOCAL_RESEND_FAULTS: z.string().optional(),
  SEND_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  // Safety stops: a send pauses itself when, once this many mails were handed over, hard bounces
  // or complaints exceed these rates (Gmail's bulk-sender line for complaints is 0.3 %).
  SEND_SAFETY_MIN_HANDED_OVER: z.coerce.number().int().min(1).default(500),
  SEND_SAFETY_MAX_BOUNCE_RATE: z.coerce.number().min(0).max(1).default(0.02),
  SEND_SAFETY_MAX_COMPLAINT_RATE: z.coerce.number().min(0).max(1).default(0.001),
  // A scheduled issue this late (the server was down) waits for a human instead of going out.
  SEND_LATE_AFTER_MINUTES: z.coerce.number().int().min(1).default(120),
  SCHEDULER: z.enum(['on', 'off']).default('on'),
  MAIL_LOCAL_PORT: z.coerce.number().int().min(1).max(65535).default(3025),
  // Reverse proxies in front of the app that append to X-Forwarded-For (0: clients connect
  // directly). Rate limits count a request under the address this many hops from the end.
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
})

export type Env = z.infer<typeof EnvSchema> & {
  PAYLOAD_SECRET: string
  serverUrl: string
  mailLocalUrl: string
}

const MISSING_SECRET =
  'PAYLOAD_SECRET manque : une chaîne aléatoire d’au moins 32 caractères (npm start en crée une dans data/).'
// In production npm start does not invent a secret: sessions must survive a redeploy and differ
// from every other installation's.
const MISSING_SECRET_IN_PRODUCTION =
  'PAYLOAD_SECRET manque : obligatoire en production (NODE_ENV=production). Définissez une chaîne aléatoire d’au moins 32 caractères, par exemple le résultat de « openssl rand -hex 32 », et gardez-la d’un déploiement à l’autre.'
const WEBHOOK_SECRET_WITH_KEY =
  'RESEND_WEBHOOK_SECRET manque alors que RESEND_API_KEY est défini : sans lui, les rebonds et plaintes ne sont jamais enregistrés. Créez le webhook dans Resend (Webhooks > Add endpoint, URL <SERVER_URL>/api/webhooks/resend) et copiez son secret « whsec_… » dans RESEND_WEBHOOK_SECRET.'

/** The database URI check of resolveDatabaseTarget, as a message (or null when usable). */
function databaseUriProblem(uri: string | undefined): string | null {
  try {
    // The project root only matters for relative paths, not for deciding whether the URI is usable.
    resolveDatabaseTarget({ uri, projectRoot: '/' })
    return null
  } catch (error) {
    return (error as Error).message
  }
}

/** Every invalid or missing variable at once: `problems` lists them, `message` prints them. */
export class ConfigurationError extends AppError {
  constructor(readonly problems: string[]) {
    super({
      code: 'invalid_configuration',
      message: `Configuration invalide :\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
      userMessage: 'Le serveur est mal configuré : prévenez l’équipe technique.',
      status: 500,
    })
    this.name = 'ConfigurationError'
  }
}

/** Reads and checks the environment; throws one ConfigurationError listing every problem. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const parsed = EnvSchema.safeParse(cleaned)
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  // Checks between variables, read from the raw values so they are reported with the others.
  if (!cleaned.PAYLOAD_SECRET) {
    problems.push(
      `PAYLOAD_SECRET: ${cleaned.NODE_ENV === 'production' ? MISSING_SECRET_IN_PRODUCTION : MISSING_SECRET}`,
    )
  }
  if (cleaned.RESEND_API_KEY && !cleaned.RESEND_WEBHOOK_SECRET) {
    problems.push(`RESEND_WEBHOOK_SECRET: ${WEBHOOK_SECRET_WITH_KEY}`)
  }
  if (!parsed.success || problems.length > 0) throw new ConfigurationError(problems)
  const data = { ...parsed.data, PAYLOAD_SECRET: parsed.data.PAYLOAD_SECRET as string }
  const serverUrl = (data.SERVER_URL ?? `http://localhost:${data.PORT}`).replace(/\/+$/, '')
  return { ...data, serverUrl, mailLocalUrl: `http://127.0.0.1:${data.MAIL_LOCAL_PORT}` }
}
