/**
 * The reliability suite's way to kill a synth at an exact step of the write (inside the swap, say), which no timer
 * can hit reliably: when `$LITELLM_CDK_TEST_KILL_AT` names the step, the process kills itself with SIGKILL there.
 * Unset, it costs one environment lookup per step.
 */
export const KILL_AT_ENV = 'LITELLM_CDK_TEST_KILL_AT';

export function faultPoint(step: string): void {
  if (process.env[KILL_AT_ENV] === step) process.kill(process.pid, 'SIGKILL');
}
