import { ConfigurationError, readEnv } from '@/config/env'

const SECRET = '0123456789abcdef0123456789abcdef'
const MISSING_SECRET =
  'PAYLOAD_SECRET: PAYLOAD_SECRET manque : une chaîne aléatoire d’au moins 32 caractères (npm start en crée une dans data/).'
const SHORT_SECRET = 'PAYLOAD_SECRET: PAYLOAD_SECRET doit faire au moins 32 caractères.'
const MISSING_SECRET_IN_PRODUCTION =
  'PAYLOAD_SECRET: PAYLOAD_SECRET manque : obligatoire en production (NODE_ENV=production). Définissez une chaîne aléatoire d’au moins 32 caractères, par exemple le résultat de « openssl rand -hex 32 », et gardez-la d’un déploiement à l’autre.'
const WEBHOOK_SECRET_WITH_KEY =
  'RESEND_WEBHOOK_SECRET: RESEND_WEBHOOK_SECRET manque alors que RESEND_API_KEY est défini : sans lui, les rebonds et plaintes ne sont jamais enregistrés. Créez le webhook dans Resend (Webhooks > Add endpoint, URL <SERVER_URL>/api/webhooks/resend) et copiez son secret « whsec_… » dans RESEND_WEBHOOK_SECRET.'
const UNKNOWN_DATABASE =
  'DATABASE_URI: DATABASE_URI « postgres://***@db.example.net/actunipso » non reconnue : utilisez file:… (SQLite) ou mongodb://… / mongodb+srv://… (MongoDB).'
const RESEND_KEY = 're_123456789_abcdefghijklmnop'
const WEBHOOK_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'

/** What every parsed environment has when the optional settings are left out. */
const DEFAULTS = {
  LOG_LEVEL: 'info',
  MAIL_FROM: '#ActUNIPSO <actunipso@unipso.local>',
  MAIL_LOCAL_PORT: 3025,
  SEND_LEASE_SECONDS: 60,
  SEND_SAFETY_MIN_HANDED_OVER: 500,
  SEND_SAFETY_MAX_BOUNCE_RATE: 0.02,
  SEND_SAFETY_MAX_COMPLAINT_RATE: 0.001,
  SEND_LATE_AFTER_MINUTES: 120,
  SCHEDULER: 'on',
  TRUST_PROXY: 0,
  mailLocalUrl: 'http://127.0.0.1:3025',
}

/** An explicit environment, so the test never depends on the real process.env. */
function env(values: Record<string, string>): NodeJS.ProcessEnv {
  return values as NodeJS.ProcessEnv
}

describe('readEnv', () => {
  it('should apply the defaults when only the secret is given', () => {
    expect(readEnv(env({ PAYLOAD_SECRET: SECRET }))).toStrictEqual({
      NODE_ENV: 'development',
      ...DEFAULTS,
      PORT: 3000,
      PAYLOAD_SECRET: SECRET,
      serverUrl: 'http://localhost:3000',
    })
  })

  it('should read PORT as a number and derive the default server URL from it', () => {
    expect(readEnv(env({ PAYLOAD_SECRET: SECRET, PORT: '8080' }))).toStrictEqual({
      NODE_ENV: 'development',
      ...DEFAULTS,
      PORT: 8080,
      PAYLOAD_SECRET: SECRET,
      serverUrl: 'http://localhost:8080',
    })
  })

  it('should keep every known variable and drop unknown ones', () => {
    expect(
      readEnv(
        env({
          NODE_ENV: 'production',
          PORT: '4000',
          DATABASE_URI: '  file:./data/test.db  ',
          PAYLOAD_SECRET: SECRET,
          SERVER_URL: 'https://actunipso.unipso.be',
          ADMIN_EMAIL: 'admin@unipso.be',
          ADMIN_PASSWORD: 'un-mot-de-passe-long',
          HOME: '/root',
        }),
      ),
    ).toStrictEqual({
      NODE_ENV: 'production',
      ...DEFAULTS,
      PORT: 4000,
      DATABASE_URI: 'file:./data/test.db',
      PAYLOAD_SECRET: SECRET,
      SERVER_URL: 'https://actunipso.unipso.be',
      ADMIN_EMAIL: 'admin@unipso.be',
      ADMIN_PASSWORD: 'un-mot-de-passe-long',
      serverUrl: 'https://actunipso.unipso.be',
    })
  })

  it('should trim a trailing slash from SERVER_URL', () => {
    expect(
      readEnv(env({ PAYLOAD_SECRET: SECRET, SERVER_URL: 'https://actunipso.unipso.be/' }))
        .serverUrl,
    ).toBe('https://actunipso.unipso.be')
  })

  it('should trim several trailing slashes and keep a path', () => {
    expect(
      readEnv(env({ PAYLOAD_SECRET: SECRET, SERVER_URL: 'https://unipso.be/actunipso///' }))
        .serverUrl,
    ).toBe('https://unipso.be/actunipso')
  })

  it('should prefer SERVER_URL over the PORT-based default', () => {
    expect(
      readEnv(
        env({ PAYLOAD_SECRET: SECRET, PORT: '8080', SERVER_URL: 'https://actunipso.unipso.be' }),
      ).serverUrl,
    ).toBe('https://actunipso.unipso.be')
  })

  it('should throw a ConfigurationError when PAYLOAD_SECRET is missing', () => {
    expect(() => readEnv(env({}))).toThrow(ConfigurationError)
  })

  it('should list the missing PAYLOAD_SECRET among the problems', () => {
    expect(() => readEnv(env({}))).toThrow(expect.objectContaining({ problems: [MISSING_SECRET] }))
  })

  it('should put every problem in the error message', () => {
    expect(() => readEnv(env({}))).toThrow(
      /^Configuration invalide :\n {2}- PAYLOAD_SECRET: PAYLOAD_SECRET manque : une chaîne aléatoire/,
    )
  })

  it('should give the error a stable name and code', () => {
    expect(() => readEnv(env({}))).toThrow(
      expect.objectContaining({ name: 'ConfigurationError', code: 'invalid_configuration' }),
    )
  })

  it('should refuse a secret shorter than 32 characters', () => {
    expect(() => readEnv(env({ PAYLOAD_SECRET: 'trop-court' }))).toThrow(
      expect.objectContaining({ problems: [SHORT_SECRET] }),
    )
  })

  it('should accept a secret of exactly 32 characters', () => {
    expect(readEnv(env({ PAYLOAD_SECRET: 'x'.repeat(32) })).PAYLOAD_SECRET).toBe('x'.repeat(32))
  })

  it('should list several problems at once', () => {
    expect(() =>
      readEnv(
        env({
          PAYLOAD_SECRET: 'court',
          SERVER_URL: 'actunipso.unipso.be',
          ADMIN_EMAIL: 'pas-une-adresse',
          ADMIN_PASSWORD: 'court',
        }),
      ),
    ).toThrow(
      expect.objectContaining({
        problems: [
          SHORT_SECRET,
          'SERVER_URL: SERVER_URL doit être une URL complète, par exemple https://actunipso.unipso.be',
          'ADMIN_EMAIL: ADMIN_EMAIL n’est pas une adresse valide.',
          'ADMIN_PASSWORD: ADMIN_PASSWORD doit faire au moins 12 caractères.',
        ],
      }),
    )
  })

  it('should refuse a port out of range', () => {
    expect(() => readEnv(env({ PAYLOAD_SECRET: SECRET, PORT: '70000' }))).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/^PORT: /)] }),
    )
  })

  it('should read TRUST_PROXY as a number of proxies', () => {
    expect(readEnv(env({ PAYLOAD_SECRET: SECRET, TRUST_PROXY: '2' })).TRUST_PROXY).toBe(2)
  })

  it('should refuse a negative TRUST_PROXY', () => {
    expect(() => readEnv(env({ PAYLOAD_SECRET: SECRET, TRUST_PROXY: '-1' }))).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/^TRUST_PROXY: /)] }),
    )
  })

  it('should refuse an unknown NODE_ENV', () => {
    expect(() => readEnv(env({ PAYLOAD_SECRET: SECRET, NODE_ENV: 'staging' }))).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/^NODE_ENV: /)] }),
    )
  })

  it('should treat an empty PAYLOAD_SECRET as missing', () => {
    expect(() => readEnv(env({ PAYLOAD_SECRET: '' }))).toThrow(
      expect.objectContaining({ problems: [MISSING_SECRET] }),
    )
  })

  it('should treat empty PORT and SERVER_URL as unset', () => {
    expect(readEnv(env({ PAYLOAD_SECRET: SECRET, PORT: '', SERVER_URL: '' }))).toStrictEqual({
      NODE_ENV: 'development',
      ...DEFAULTS,
      PORT: 3000,
      PAYLOAD_SECRET: SECRET,
      serverUrl: 'http://localhost:3000',
    })
  })

  it('should treat empty optional variables as unset rather than invalid', () => {
    expect(
      readEnv(
        env({
          PAYLOAD_SECRET: SECRET,
          NODE_ENV: '',
          DATABASE_URI: '',
          ADMIN_EMAIL: '',
          ADMIN_PASSWORD: '',
        }),
      ),
    ).toStrictEqual({
      NODE_ENV: 'development',
      ...DEFAULTS,
      PORT: 3000,
      PAYLOAD_SECRET: SECRET,
      serverUrl: 'http://localhost:3000',
    })
  })

  it('should ask for PAYLOAD_SECRET in production with a production-specific message', () => {
    expect(() => readEnv(env({ NODE_ENV: 'production' }))).toThrow(
      expect.objectContaining({ problems: [MISSING_SECRET_IN_PRODUCTION] }),
    )
  })

  it('should start in production once PAYLOAD_SECRET is set', () => {
    expect(readEnv(env({ NODE_ENV: 'production', PAYLOAD_SECRET: SECRET }))).toStrictEqual({
      NODE_ENV: 'production',
      ...DEFAULTS,
      PORT: 3000,
      PAYLOAD_SECRET: SECRET,
      serverUrl: 'http://localhost:3000',
    })
  })

  it('should refuse a DATABASE_URI of another database, without its password', () => {
    expect(() =>
      readEnv(
        env({
          PAYLOAD_SECRET: SECRET,
          DATABASE_URI: 'postgres://admin:S3cr3t@db.example.net/actunipso',
        }),
      ),
    ).toThrow(expect.objectContaining({ problems: [UNKNOWN_DATABASE] }))
  })

  it('should refuse a file: DATABASE_URI that names no file', () => {
    expect(() => readEnv(env({ PAYLOAD_SECRET: SECRET, DATABASE_URI: 'file:./data/' }))).toThrow(
      expect.objectContaining({
        problems: [
          'DATABASE_URI: DATABASE_URI « file:./data/ » ne désigne pas un fichier SQLite (exemple : file:./data/actunipso.db)',
        ],
      }),
    )
  })

  it('should refuse a mongodb:// DATABASE_URI without a server', () => {
    expect(() =>
      readEnv(env({ PAYLOAD_SECRET: SECRET, DATABASE_URI: 'mongodb:///actunipso' })),
    ).toThrow(
      expect.objectContaining({
        problems: [expect.stringMatching(/^DATABASE_URI: .* n’indique aucun serveur MongoDB/)],
      }),
    )
  })

  it('should accept a MongoDB replica set URI listing several hosts', () => {
    const uri =
      'mongodb://app:pw@db1:27017,db2:27017,db3:27017/actunipso?replicaSet=rs0&authSource=admin'
    expect(readEnv(env({ PAYLOAD_SECRET: SECRET, DATABASE_URI: uri })).DATABASE_URI).toBe(uri)
  })

  it('should accept a mongodb+srv:// URI', () => {
    const uri = 'mongodb+srv://app:pw@cluster0.example.net/actunipso'
    expect(readEnv(env({ PAYLOAD_SECRET: SECRET, DATABASE_URI: uri })).DATABASE_URI).toBe(uri)
  })

  it('should stop when RESEND_API_KEY is set without RESEND_WEBHOOK_SECRET', () => {
    expect(() => readEnv(env({ PAYLOAD_SECRET: SECRET, RESEND_API_KEY: RESEND_KEY }))).toThrow(
      expect.objectContaining({ problems: [WEBHOOK_SECRET_WITH_KEY] }),
    )
  })

  it('should treat an empty RESEND_WEBHOOK_SECRET beside a key as missing', () => {
    expect(() =>
      readEnv(
        env({ PAYLOAD_SECRET: SECRET, RESEND_API_KEY: RESEND_KEY, RESEND_WEBHOOK_SECRET: '' }),
      ),
    ).toThrow(expect.objectContaining({ problems: [WEBHOOK_SECRET_WITH_KEY] }))
  })

  it('should accept a Resend key with its webhook secret', () => {
    expect(
      readEnv(
        env({
          PAYLOAD_SECRET: SECRET,
          RESEND_API_KEY: RESEND_KEY,
          RESEND_WEBHOOK_SECRET: WEBHOOK_SECRET,
        }),
      ),
    ).toStrictEqual({
      NODE_ENV: 'development',
      ...DEFAULTS,
      PORT: 3000,
      PAYLOAD_SECRET: SECRET,
      RESEND_API_KEY: RESEND_KEY,
      RESEND_WEBHOOK_SECRET: WEBHOOK_SECRET,
      serverUrl: 'http://localhost:3000',
    })
  })

  it('should report the field problems and the cross-field ones in one error', () => {
    expect(() =>
      readEnv(
        env({
          NODE_ENV: 'production',
          DATABASE_URI: 'postgres://admin:S3cr3t@db.example.net/actunipso',
          RESEND_API_KEY: RESEND_KEY,
        }),
      ),
    ).toThrow(
      expect.objectContaining({
        problems: [UNKNOWN_DATABASE, MISSING_SECRET_IN_PRODUCTION, WEBHOOK_SECRET_WITH_KEY],
      }),
    )
  })
})
