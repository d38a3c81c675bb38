// What the checking commands read before they check: the folder named, the configuration.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
  ConfigError,
  describeConfig,
  findConfig,
  loadConfig,
  type OrganisationConfig,
} from '../engine/config.js';
import { RULE_ERROR_ID, UNUSED_WAIVER_ID } from '../engine/run.js';
import type { AppliedConfig } from '../engine/types.js';
import { findRule, RULES } from '../rules/index.js';
import { closest } from '../util/closest.js';
import { visible } from '../report/visible.js';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { cliText, readErrorText } from './text.js';
import { commandName } from './command-name.js';
import { YAML_ERROR_WORDS } from '../messages/library-errors.js';

export async function requireFolder(dir: string, io: Io): Promise<string> {
  const t = cliText(io.lang);
  // `ausm-check ""` (an unset shell variable) would otherwise check the current folder.
  if (dir.trim() === '') throw new UsageError(t.emptyDir, 'folder-name-empty');
  const full = path.resolve(io.cwd, dir);
  let info;
  try {
    info = await stat(full);
  } catch {
    throw new UsageError(t.noSuchDir(dir), 'folder-missing');
  }
  if (!info.isDirectory()) throw new UsageError(t.notADir(dir), 'not-a-folder');
  return full;
}

export async function resolveConfig(
  folder: string,
  given: string | undefined,
  io: Io,
): Promise<OrganisationConfig | undefined> {
  const file = given !== undefined ? path.resolve(io.cwd, given) : await findConfig(folder);
  if (file === undefined) return undefined;
  try {
    return await loadConfig(file, ['internal/rule-error', ...RULES.map((r) => r.id)]);
  } catch (error) {
    if (error instanceof ConfigError)
      throw new UsageError(configErrorText(error, io), 'bad-config');
    throw error;
  }
}

/** What the reports say about the configuration that applied (issue 13 item 7). */
export function appliedConfig(
  config: OrganisationConfig | undefined,
  io: Io,
): AppliedConfig | undefined {
  if (config === undefined) return undefined;
  const defaults: Record<string, 'error' | 'warning'> = {
    [RULE_ERROR_ID]: 'error',
    [UNUSED_WAIVER_ID]: 'warning',
  };
  return describeConfig(config, (id) => findRule(id)?.severity ?? defaults[id], io.cwd);
}

/** A configuration error in the chosen language, with the place and the fix (issue 14 item 4). */
function configErrorText(error: ConfigError, io: Io): string {
  const t = cliText(io.lang).config;
  const relative = path.relative(io.cwd, error.file);
  const file = visible(relative === '' || relative.startsWith('..') ? error.file : relative);
  const p = error.problem;
  switch (p.kind) {
    case 'read':
      return t.read(
        file,
        readErrorText(Object.assign(new Error(p.code), { code: p.code }), io.lang),
      );
    case 'yaml':
      return t.yaml(
        p.line === undefined ? file : `${file}:${p.line}:${p.column ?? 1}`,
        // The parser's English in zh only as a code worded in Chinese (issue 14 item 4).
        p.yamlCode === undefined || io.lang === 'en' ? p.detail : YAML_ERROR_WORDS[p.yamlCode].zh,
        visible(p.excerpt ?? '').replace(/\\n/g, '\n'),
      );
    case 'schema':
      return t.schema(file, visible(p.path));
    case 'unknown-rule': {
      const ids = ['internal/rule-error', ...RULES.map((r) => r.id)];
      return p.rules
        .map((rule) =>
          t.unknownRule(file, visible(rule), closest(rule, ids) ?? '', commandName(io)),
        )
        .join('\n');
    }
  }
}
