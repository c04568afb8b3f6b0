import { ConfigurationError, readEnv } from '@/config/env'

const SECRET = '0123456789abcdef0123456789abcdef'
const MISSING_SECRET =
  'PAYLOAD_SECRET: PAYLOAD_SECRET manque : une chaîne aléatoire d’au moins 32 caractères (npm start en crée une dans data/).'
const SHORT_SECRET = 'PAYLOAD_SECRET: PAYLOAD_SECRET doit faire au moins 32 caractères.'

/** What every parsed environment has when the optional settings are left out. */
const DEFAULTS = {
  LOG_LEVEL: 'info',
  MAIL_FROM: '#ActUNIPSO <actunipso@unipso.local>',
  MAIL_LOCAL_PORT: 3025,
  SEND_LEASE_SECONDS: 60,
  SCHEDULER: 'on',
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
    expect(readEnv(env({ PAYLOAD_SECRET: SECRET, SERVER_URL: 'https://actunipso.unipso.be/' })).serverUrl).toBe(
      'https://actunipso.unipso.be',
    )
  })

  it('should trim several trailing slashes and keep a path', () => {
    expect(readEnv(env({ PAYLOAD_SECRET: SECRET, SERVER_URL: 'https://unipso.be/actunipso///' })).serverUrl).toBe(
      'https://unipso.be/actunipso',
    )
  })

  it('should prefer SERVER_URL over the PORT-based default', () => {
    expect(
      readEnv(env({ PAYLOAD_SECRET: SECRET, PORT: '8080', SERVER_URL: 'https://actunipso.unipso.be' })).serverUrl,
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

  it('should refuse an unknown NODE_ENV', () => {
    expect(() => readEnv(env({ PAYLOAD_SECRET: SECRET, NODE_ENV: 'staging' }))).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/^NODE_ENV: /)] }),
    )
  })

  it('should treat an empty PAYLOAD_SECRET as missing', () => {
    expect(() => readEnv(env({ PAYLOAD_SECRET: '' }))).toThrow(expect.objectContaining({ problems: [MISSING_SECRET] }))
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
      readEnv(env({ PAYLOAD_SECRET: SECRET, NODE_ENV: '', DATABASE_URI: '', ADMIN_EMAIL: '', ADMIN_PASSWORD: '' })),
    ).toStrictEqual({
      NODE_ENV: 'development',
      ...DEFAULTS,
      PORT: 3000,
      PAYLOAD_SECRET: SECRET,
      serverUrl: 'http://localhost:3000',
    })
  })
})
