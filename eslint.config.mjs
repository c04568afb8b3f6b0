// ESLint flat config. Syntax-only typescript-eslint (no type information: `npm test` runs it on
// every run, so it must stay fast; `tsc --noEmit` checks the types). The layer rules at the end
// are the README's « Layout » section, enforced: tests/unit/lint/layers.spec.ts proves they bite.
import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import react from 'eslint-plugin-react'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// ---------------------------------------------------------------------------------------------
// Layers. One restriction per direction that must never be taken; each directory's rule below is
// the list of the restrictions that apply to it (flat config replaces a rule's options, it does
// not merge them, so every file gets exactly one `no-restricted-imports` block).
// `allowTypeImports` lets `import type` through where the README allows it.

/** Relative paths too: `../server/x`, `../../collections/slugs`, `../../src/server/x`. */
const relative = (folders) => `^\\.{1,2}/(?:.*/)?(?:${folders})(?:/|$)`

const restrictions = {
  frameworks: {
    regex: '^(?:payload|next|react|react-dom|resend|node-cron)(?:/|$)|^@payloadcms/',
    message: 'src/domain is plain TypeScript: no Payload, Next, React, Resend or cron.',
  },
  serverPackages: {
    regex: '^(?:payload|next|resend|node-cron)(?:/|$)|^@payloadcms/',
    message: 'Templates get plain view models: no Payload, Next, Resend or cron.',
  },
  server: {
    regex: `^@/server(?:/|$)|^src/server(?:/|$)|${relative('server')}`,
    message: 'Dependencies point down (server → domain): this layer does not import src/server.',
  },
  config: {
    regex: `^@/config(?:/|$)|${relative('config')}`,
    allowTypeImports: true,
    message: 'This layer does not read the configuration: the server passes the values in.',
  },
  payloadTypes: {
    regex: '^@/payload-types$',
    allowTypeImports: true,
    message: 'Only `import type` from the generated Payload types.',
  },
  app: {
    regex: `^@/app(?:/|$)|^src/app(?:/|$)|${relative('app')}`,
    message: 'Nothing imports src/app: Next routes call src/server, never the other way round.',
  },
  components: {
    regex: `^@/components(?:/|$)|${relative('components')}`,
    message: 'Collections name admin components by path (a string), never by import.',
  },
  collections: {
    regex: `^@collections(?:/|$)|^collections(?:/|$)|${relative('collections')}`,
    message: 'src/ never imports collections/: what both need lives in src/domain (slugs, roles).',
  },
  payloadConfig: {
    regex: '^@payload-config$|(?:^|/)payload\\.config(?:\\.ts)?$',
    message: 'The Payload config imports collections (a cycle) and loads Payload (not pure).',
  },
  serverFromCollections: {
    regex: `^@/server(?:/|$)|${relative('server')}`,
    message: 'In collections/, only hooks/ and endpoints/ call src/server (README, « Layout »).',
  },
}

const layer = (files, names, ignores = []) => ({
  name: `layers/${files[0]}`,
  files,
  ignores,
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: names.map((name) => restrictions[name]) },
    ],
  },
})

const layers = [
  layer(
    ['src/domain/**'],
    [
      'frameworks',
      'server',
      'config',
      'payloadTypes',
      'app',
      'components',
      'collections',
      'payloadConfig',
    ],
  ),
  layer(['src/server/**'], ['app', 'components', 'collections']),
  layer(['src/**'], ['collections'], ['src/domain/**', 'src/server/**']),
  layer(['emails/**'], ['serverPackages', 'server', 'config', 'app', 'collections']),
  layer(
    ['collections/**'],
    ['serverFromCollections', 'app', 'components', 'payloadConfig'],
    ['collections/hooks/**', 'collections/endpoints/**'],
  ),
  layer(
    ['collections/hooks/**', 'collections/endpoints/**'],
    ['app', 'components', 'payloadConfig'],
  ),
]

// ---------------------------------------------------------------------------------------------

export default defineConfig(
  globalIgnores([
    // Generated (Payload) or build output.
    'src/payload-types.ts',
    'src/migrations/**',
    'src/app/(payload)/admin/importMap.js',
    'next-env.d.ts',
    '.next/**',
    '.next-*/**',
    'node_modules/**',
    'data/**',
    'coverage/**',
    'tests/artifacts/**',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberately unused (positional parameters, destructured leftovers).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    plugins: { react, 'react-hooks': reactHooks },
    languageOptions: {
      ...react.configs.flat.recommended.languageOptions,
      globals: { ...globals.browser, ...globals.node },
    },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat['jsx-runtime'].rules,
      ...reactHooks.configs.flat.recommended.rules,
      // TypeScript types the props; propTypes would repeat them.
      'react/prop-types': 'off',
    },
  },
  {
    files: ['src/app/**'],
    ...nextPlugin.configs['core-web-vitals'],
  },
  {
    files: ['tests/**'],
    languageOptions: { globals: { ...globals.jest } },
  },
  layers,
)
