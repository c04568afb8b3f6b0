/**
 * Every script ends through process.exit (runScript, shutdown, its own error path), so an event
 * loop that empties is a stall: under tsx, module evaluation can wait forever on a dynamic import
 * (lexical's `.node.mjs` entries do `await import()` at top level), and Node then exits with code
 * 13 and no message. Say so, in French, with the code of an error.
 */
export function guardSilentExit(): void {
  process.once('beforeExit', () => {
    console.error(
      '\n✖ Le script s’est arrêté pendant son démarrage, avant d’avoir rien fait (chargement des modules inachevé, code 13 de Node). Relancez la commande.',
    )
    process.exit(1)
  })
}
