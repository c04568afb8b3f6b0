/** Jest 30 on native ESM (node --experimental-vm-modules, set by `npm test`), TypeScript through SWC. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
      // Keep `with { type: 'json' }`: Node's ESM loader needs it for JSON modules.
      experimental: { keepImportAttributes: true },
    },
    module: { type: 'es6' },
  },
]

const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
  modulePathIgnorePatterns: ['<rootDir>/\\.next'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@collections/(.*)$': '<rootDir>/collections/$1',
    '^@payload-config$': '<rootDir>/payload.config.ts',
  },
}

export default {
  // Payload keeps a few timers (session cleanup, pino transport) alive after destroy(); the
  // suites close their own servers and databases, so ending the process is safe.
  forceExit: true,
  // The e2e suite may run the production build (about 2 minutes here); int suites need seconds.
  testTimeout: 20 * 60_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.spec.ts?(x)'] },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/tests/int/**/*.int.spec.ts'],
    },
    // Runs `npm start` itself: the first run of a clean clone includes the production build.
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.e2e.spec.ts'] },
  ],
}
