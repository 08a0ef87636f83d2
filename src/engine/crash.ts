/**
 * A test seam for crash tests: when MLSHIP_TEST_CRASH_AT names this point, the process kills itself
 * with SIGKILL right here, as a cancelled runner or an out-of-memory kill would, with no chance to
 * clean up. Inert otherwise. The crash tests then check that teardown and a redeploy leave no
 * orphan process and no leaked resource.
 */
export function crashPoint(name: string): void {
  if (process.env.MLSHIP_TEST_CRASH_AT === name) process.kill(process.pid, 'SIGKILL');
}
