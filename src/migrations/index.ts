import * as migration_20261123_170831_initial from './20261123_170831_initial';

export const migrations = [
  {
    up: migration_20261123_170831_initial.up,
    down: migration_20261123_170831_initial.down,
    name: '20261123_170831_initial'
  },
];
