/**
 * Imported first by every script (ES modules evaluate imports in order): gives the config the
 * environment it needs before it is evaluated, without dynamic import().
 */
import { ensureLocalSecret } from './localSecret'
import { projectRoot } from './projectRoot'

ensureLocalSecret(projectRoot)
