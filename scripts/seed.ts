/** npm run seed: applies migrations, loads the demo into an empty database, makes sure an admin can log in. */
import { runScript } from './lib/loadPayload'
import { prepareDatabase } from './lib/prepareDatabase'

runScript(() => prepareDatabase((line) => console.log(`• ${line}`)))
