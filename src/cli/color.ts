/**
 * Whether the terminal report is coloured (issue 14, item 1), by the conventions chalk and Node
 * follow: `FORCE_COLOR` wins (`0`/`false` turn colour off, anything else on, even into a pipe);
 * then a non-empty `NO_COLOR` (no-color.org) or `TERM=dumb` turn it off; otherwise colour
 * exactly when stdout is a terminal. `--no-color` and `-o` are applied per command on top.
 */
export function wantsColor(
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return isTTY;
}
