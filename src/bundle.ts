/**
 * Entry of the one shared bundle (dist/mlship/index.js): the actions and the CLI. Each is loaded on
 * demand, so starting one action does not compile the others, the CLI or the emulator.
 */
export async function runNamedAction(name: import('./actions/index.js').ActionName): Promise<void> {
  await (await import('./actions/index.js')).runNamedAction(name);
}

export async function runNamedPost(name: import('./actions/index.js').PostName): Promise<void> {
  await (await import('./actions/index.js')).runNamedPost(name);
}

export async function runCli(argv: string[]): Promise<number> {
  return (await import('./cli/main.js')).runCli(argv);
}
