#!/usr/bin/env node
// Entry point of `npm start` and `npm test`: plain Node with no dependency, because it runs
// before node_modules exists on a fresh clone. It installs when needed, then hands over.
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [mode, ...rest] = process.argv.slice(2)
const stampFile = path.join(root, 'node_modules', '.actunipso-install-stamp')

function lockHash() {
  const hash = crypto.createHash('sha256')
  for (const name of ['package.json', 'package-lock.json']) {
    const file = path.join(root, name)
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

function ensureInstalled() {
  const wanted = lockHash()
  const current = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : ''
  if (current === wanted && fs.existsSync(path.join(root, 'node_modules', '.bin', 'tsx'))) return
  console.log('▶ Installation des dépendances (npm install, quelques minutes la première fois)…')
  const started = Date.now()
  // `npm ci` fails here: the registry lacks other platforms' optional binaries listed in the lockfile.
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    console.error('✖ npm install a échoué : voir les messages ci-dessus.')
    process.exit(result.status ?? 1)
  }
  fs.writeFileSync(stampFile, wanted)
  console.log(`✔ Dépendances installées en ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

function run(command, args, env = {}) {
  const child = spawn(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

/** Browser tests drive Debian's Chromium: install it when missing and we may (root with apt). */
function ensureChromium() {
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  if (process.env.CHROMIUM_PATH || candidates.some((candidate) => fs.existsSync(candidate))) return
  if (process.getuid?.() !== 0 || spawnSync('which', ['apt-get']).status !== 0) {
    console.warn(
      '⚠ Chromium est absent et ne peut pas être installé ici (ni root, ni apt) : les tests navigateur échoueront.',
    )
    return
  }
  console.log('▶ Installation de Chromium (apt-get install chromium) pour les tests navigateur…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env,
  })
  if (install.status !== 0)
    console.warn('⚠ apt-get install chromium a échoué : les tests navigateur échoueront.')
}

/** Runs one check of `npm test`; stops with its French message when it fails. */
function check({ title, command, args, failure }) {
  console.log(`▶ ${title}…`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`✖ ${failure}`)
    process.exit(result.status ?? 1)
  }
}

ensureInstalled()
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
// glibc gives each busy thread its own malloc arena (up to 8 per core); a long send's request
// bodies then fragment them and RSS keeps growing (20,000 recipients: 719 MB peak with the default,
// 383 MB with 2 arenas, same throughput). Set before the process starts: glibc reads it once.
const SENDER_ENV = { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' }
if (mode === 'start') {
  // One process (tsx as a loader, not its CLI, whose wrapper SIGKILLs a child slow to acknowledge a
  // signal), so a shutdown can finish its batch. The condition makes lexical load its build
  // directly: its `node` entries `await import()` at top level, which under tsx sometimes never
  // settles and Node exits with code 13 and no message.
  run(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', 'scripts/start.ts', ...rest],
    SENDER_ENV,
  )
} else if (mode === 'test') {
  ensureChromium()
  // Formatting and lint (with the layer rules of the README's « Layout »), then the types, which are
  // part of the contract between collections, generated types and code. Both caches live in
  // node_modules/.cache: a second run only reads the files changed since.
  check({
    title: 'Vérification du formatage (npm run format:check)',
    command: 'npm',
    args: ['run', '--silent', 'format:check'],
    failure: 'Fichiers mal formatés : lancez `npm run format`, puis relancez les tests.',
  })
  check({
    title: 'Analyse du code (npm run lint)',
    command: 'npm',
    args: ['run', '--silent', 'lint'],
    failure:
      'Erreurs ESLint (règles des couches : voir « Layout » dans le README) : voir ci-dessus.',
  })
  check({
    title: 'Vérification des types (tsc --noEmit)',
    command: bin('tsc'),
    args: ['--noEmit'],
    failure: 'Erreurs de types : voir ci-dessus.',
  })
  run(bin('jest'), rest, {
    NODE_OPTIONS:
      `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim(),
  })
} else {
  console.error('Usage : node scripts/bootstrap.mjs start|test [arguments]')
  process.exit(2)
}
