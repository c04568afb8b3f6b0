import { z } from 'zod'

/**
 * The only reader of process.env. Parsed on each call (cheap) so scripts and tests that set
 * variables before loading the config see their values.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URI: z.string().trim().optional(),
  PAYLOAD_SECRET: z
    .string({ error: 'PAYLOAD_SECRET manque : une chaîne aléatoire d’au moins 32 caractères (npm start en crée une dans data/).' })
    .min(32, 'PAYLOAD_SECRET doit faire au moins 32 caractères.'),
  SERVER_URL: z.url('SERVER_URL doit être une URL complète, par exemple https://actunipso.unipso.be').optional(),
  ADMIN_EMAIL: z.email('ADMIN_EMAIL n’est pas une adresse valide.').optional(),
  ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD doit faire au moins 12 caractères.').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RESEND_API_KEY: z.string().startsWith('re_', 'RESEND_API_KEY commence par « re_ ».').optional(),
  RESEND_BASE_URL: z.url('RESEND_BASE_URL doit être une URL complète.').optional(),
  MAIL_FROM: z.string().min(3).default('#ActUNIPSO <actunipso@unipso.local>'),
  MAIL_REPLY_TO: z.email('MAIL_REPLY_TO n’est pas une adresse valide.').optional(),
  RESEND_WEBHOOK_SECRET: z.string().min(16, 'RESEND_WEBHOOK_SECRET : le secret « whsec_… » de la page Webhooks de Resend.').optional(),
  LOCAL_RESEND_FAULTS: z.string().optional(),
  SEND_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  SCHEDULER: z.enum(['on', 'off']).default('on'),
  MAIL_LOCAL_PORT: z.coerce.number().int().min(1).max(65535).default(3025),
})

export type Env = z.infer<typeof EnvSchema> & { serverUrl: string; mailLocalUrl: string }

export class ConfigurationError extends Error {
  readonly code = 'invalid_configuration'
  constructor(readonly problems: string[]) {
    super(`Configuration invalide :\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'ConfigurationError'
  }
}

/** Reads and checks the environment; throws one ConfigurationError listing every problem. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const parsed = EnvSchema.safeParse(cleaned)
  if (!parsed.success) {
    throw new ConfigurationError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`))
  }
  const serverUrl = (parsed.data.SERVER_URL ?? `http://localhost:${parsed.data.PORT}`).replace(/\/+$/, '')
  return { ...parsed.data, serverUrl, mailLocalUrl: `http://127.0.0.1:${parsed.data.MAIL_LOCAL_PORT}` }
}
