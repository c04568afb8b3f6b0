import { DEFAULT_SQLITE_FILE, resolveDatabaseTarget } from '@/config/database'

const ROOT = '/srv/actunipso'

describe('DEFAULT_SQLITE_FILE', () => {
  it('should live under data/', () => {
    expect(DEFAULT_SQLITE_FILE).toBe('data/actunipso.db')
  })
})

describe('resolveDatabaseTarget', () => {
  it('should default to SQLite under the project root when the URI is unset', () => {
    expect(resolveDatabaseTarget({ uri: undefined, projectRoot: ROOT })).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/actunipso/data/actunipso.db',
      filePath: '/srv/actunipso/data/actunipso.db',
    })
  })

  it('should default to SQLite when the URI is empty', () => {
    expect(resolveDatabaseTarget({ uri: '', projectRoot: ROOT })).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/actunipso/data/actunipso.db',
      filePath: '/srv/actunipso/data/actunipso.db',
    })
  })

  it('should default to SQLite when the URI is only spaces', () => {
    expect(resolveDatabaseTarget({ uri: '   ', projectRoot: ROOT })).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/actunipso/data/actunipso.db',
      filePath: '/srv/actunipso/data/actunipso.db',
    })
  })

  it('should match the documented example', () => {
    expect(resolveDatabaseTarget({ uri: undefined, projectRoot: '/app' })).toEqual({
      kind: 'sqlite',
      url: 'file:/app/data/actunipso.db',
      filePath: '/app/data/actunipso.db',
    })
  })

  it('should resolve a relative file: path against the project root', () => {
    expect(resolveDatabaseTarget({ uri: 'file:./x/test.db', projectRoot: ROOT })).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/actunipso/x/test.db',
      filePath: '/srv/actunipso/x/test.db',
    })
  })

  it('should resolve a parent-relative file: path against the project root', () => {
    expect(resolveDatabaseTarget({ uri: 'file:../shared/a.db', projectRoot: ROOT })).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/shared/a.db',
      filePath: '/srv/shared/a.db',
    })
  })

  it('should keep an absolute file: path', () => {
    expect(resolveDatabaseTarget({ uri: 'file:/abs/a.db', projectRoot: ROOT })).toEqual({
      kind: 'sqlite',
      url: 'file:/abs/a.db',
      filePath: '/abs/a.db',
    })
  })

  it('should read a file:/// URL as an absolute path', () => {
    expect(resolveDatabaseTarget({ uri: 'file:///abs/a.db', projectRoot: ROOT })).toEqual({
      kind: 'sqlite',
      url: 'file:/abs/a.db',
      filePath: '/abs/a.db',
    })
  })

  it('should trim spaces around a file: URI', () => {
    expect(resolveDatabaseTarget({ uri: '  file:./x/test.db \n', projectRoot: ROOT })).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/actunipso/x/test.db',
      filePath: '/srv/actunipso/x/test.db',
    })
  })

  it('should choose MongoDB for mongodb:// and keep the URI unchanged', () => {
    expect(
      resolveDatabaseTarget({
        uri: 'mongodb://user:secret@localhost:27017/actunipso?authSource=admin',
        projectRoot: ROOT,
      }),
    ).toEqual({
      kind: 'mongodb',
      url: 'mongodb://user:secret@localhost:27017/actunipso?authSource=admin',
    })
  })

  it('should choose MongoDB for mongodb+srv:// and keep the URI unchanged', () => {
    expect(
      resolveDatabaseTarget({
        uri: 'mongodb+srv://user:secret@cluster0.example.net/actunipso',
        projectRoot: ROOT,
      }),
    ).toEqual({ kind: 'mongodb', url: 'mongodb+srv://user:secret@cluster0.example.net/actunipso' })
  })

  it('should refuse an unsupported scheme and list the supported ones', () => {
    expect(() => resolveDatabaseTarget({ uri: 'postgres://u:p@h/db', projectRoot: ROOT })).toThrow(
      /^DATABASE_URI « postgres:\/\/\*\*\*@h\/db » non reconnue : utilisez file:… \(SQLite\) ou mongodb:\/\/… \/ mongodb\+srv:\/\/… \(MongoDB\)\.$/,
    )
  })

  it('should hide the password of an unsupported URI', () => {
    expect(() =>
      resolveDatabaseTarget({
        uri: 'postgres://admin:S3cr3tP4ss@db.example.net/actunipso',
        projectRoot: ROOT,
      }),
    ).toThrow(expect.objectContaining({ message: expect.not.stringContaining('S3cr3tP4ss') }))
  })

  it('should show an unsupported URI without credentials as is', () => {
    expect(() =>
      resolveDatabaseTarget({ uri: 'mysql://db.example.net/actunipso', projectRoot: ROOT }),
    ).toThrow(/^DATABASE_URI « mysql:\/\/db\.example\.net\/actunipso » non reconnue/)
  })

  it('should refuse file: without a path', () => {
    expect(() => resolveDatabaseTarget({ uri: 'file:', projectRoot: ROOT })).toThrow(
      /^DATABASE_URI « file: » ne désigne pas un fichier SQLite \(exemple : file:\.\/data\/actunipso\.db\)$/,
    )
  })

  it('should refuse file:/ (the root directory)', () => {
    expect(() => resolveDatabaseTarget({ uri: 'file:/', projectRoot: ROOT })).toThrow(
      /^DATABASE_URI « file:\/ » ne désigne pas un fichier SQLite/,
    )
  })

  it('should refuse a file: path that names a directory', () => {
    expect(() => resolveDatabaseTarget({ uri: 'file:./data/', projectRoot: ROOT })).toThrow(
      /^DATABASE_URI « file:\.\/data\/ » ne désigne pas un fichier SQLite/,
    )
  })

  it('should refuse mongodb:// without a server', () => {
    expect(() => resolveDatabaseTarget({ uri: 'mongodb://', projectRoot: ROOT })).toThrow(
      /^DATABASE_URI « mongodb:\/\/ » n’indique aucun serveur MongoDB \(exemple : mongodb:\/\/db1:27017,db2:27017\/actunipso\?replicaSet=rs0\)\.$/,
    )
  })

  it('should refuse credentials without a server, and hide them', () => {
    expect(() =>
      resolveDatabaseTarget({ uri: 'mongodb+srv://app:S3cr3t@/actunipso', projectRoot: ROOT }),
    ).toThrow(
      /^DATABASE_URI « mongodb\+srv:\/\/\*\*\*@\/actunipso » n’indique aucun serveur MongoDB/,
    )
  })
})
