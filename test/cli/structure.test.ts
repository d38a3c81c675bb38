import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './run-cli.js';

const CLI = path.join(REPO, 'src/cli');
const COMMANDS = path.join(CLI, 'commands');

/** Every module a file imports, static or dynamic, resolved to a path under the repository. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'/gms),
    ...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => path.relative(REPO, path.resolve(path.dirname(file), s)).replace(/\.js$/, '.ts'));
}

const commandFiles = readdirSync(COMMANDS)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(COMMANDS, f));

describe('src/cli layout (issue 19 item 4)', () => {
  it('finds the command files and their imports', () => {
    expect(commandFiles.length).toBeGreaterThan(5);
    expect(importsOf(path.join(COMMANDS, 'check.ts'))).toContain('src/check.ts');
  });

  it.each(commandFiles.map((f) => [path.relative(REPO, f), f]))(
    '%s imports no other command and not program.ts',
    (_name, file) => {
      const wrong = importsOf(file).filter(
        (i) => i.startsWith('src/cli/commands/') || i === 'src/cli/program.ts',
      );
      expect(wrong).toEqual([]);
    },
  );

  it('only main.ts imports program.ts', () => {
    const files = readdirSync(CLI, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(CLI, f));
    const importers = files.filter((f) => importsOf(f).includes('src/cli/program.ts'));
    expect(importers.map((f) => path.relative(REPO, f))).toEqual([]);
  });

  it('no command touches `process`: the terminal, signals and streams come through Io', () => {
    const touching = commandFiles.filter((f) =>
      /\bprocess\./.test(readFileSync(f, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')),
    );
    expect(touching.map((f) => path.relative(REPO, f))).toEqual([]);
  });

  it('batch takes its verdict from report/exit-code.ts, as check does', () => {
    for (const name of ['batch.ts', 'check.ts'])
      expect(importsOf(path.join(COMMANDS, name)), name).toContain('src/report/exit-code.ts');
  });
});
