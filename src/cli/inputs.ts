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
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { cliText } from './text.js';

export async function requireFolder(dir: string, io: Io): Promise<string> {
  const t = cliText(io.lang);
  const full = path.resolve(io.cwd, dir);
  let info;
  try {
    info = await stat(full);
  } catch {
    throw new UsageError(t.noSuchDir(dir));
  }
  if (!info.isDirectory()) throw new UsageError(t.notADir(dir));
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
    if (error instanceof ConfigError) throw new UsageError(error.message);
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
