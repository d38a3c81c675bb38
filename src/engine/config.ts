import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { caretExcerpt } from '../util/excerpt.js';
import type { AppliedConfig, Severity } from './types.js';

export const CONFIG_NAMES = ['ausm-check.config.yaml', 'ausm-check.config.yml'] as const;

const configSchema = z.strictObject({
  /** `--deep` for every check under this configuration (documents.md). */
  deep: z.boolean().optional(),
  rules: z.record(z.string(), z.enum(['off', 'error', 'warning', 'info'])).optional(),
  waivers: z
    .array(
      z.strictObject({
        rule: z.string(),
        field: z.string().optional(),
        file: z.string().optional(),
        reason: z.string().min(1),
      }),
    )
    .optional(),
});

export type OrganisationConfig = z.infer<typeof configSchema> & { readonly file: string };

/** Why the configuration cannot be used, as data: src/cli words it in the chosen language. */
export type ConfigProblem =
  | { readonly kind: 'read'; readonly code: string }
  | {
      readonly kind: 'yaml';
      readonly line?: number;
      readonly column?: number;
      readonly detail: string;
      /** The bad line and a caret under the column, two lines. */
      readonly excerpt?: string;
    }
  | { readonly kind: 'schema'; readonly path: string; readonly detail: string }
  | { readonly kind: 'unknown-rule'; readonly rules: readonly string[] };

/** The configuration cannot be used: the command cannot run as asked (exit 2). */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problem: ConfigProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * `ausm-check.config.yaml`, looked up from the folder upwards (like .eslintrc), unless given.
 * `batch` starts at ROOT, so a configuration inside an employee's folder never applies to a batch;
 * `check` starts at the applicant folder, and every report names the file that applied.
 */
export async function findConfig(startDir: string): Promise<string | undefined> {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      try {
        if ((await stat(candidate)).isFile()) return candidate;
      } catch {
        // not here
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export async function loadConfig(
  file: string,
  knownRules: readonly string[],
): Promise<OrganisationConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError(file, { kind: 'read', code }, `${file}: ${code}`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', prettyErrors: false, lineCounter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const at = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
    const detail = e.message.split('\n')[0]!;
    throw new ConfigError(
      file,
      {
        kind: 'yaml',
        detail,
        ...(at
          ? { line: at.line, column: at.col, excerpt: caretExcerpt(text, at.line, at.col) }
          : {}),
      },
      `${file}${at ? `:${at.line}:${at.col}` : ''}: ${detail}`,
    );
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    const detail = (error as Error).message;
    throw new ConfigError(file, { kind: 'yaml', detail }, `${file}: ${detail}`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.') || '(root)';
    throw new ConfigError(
      file,
      { kind: 'schema', path: where, detail: issue.message },
      `${file}: ${where}: ${issue.message}`,
    );
  }
  const unknown = [
    ...Object.keys(parsed.data.rules ?? {}),
    ...(parsed.data.waivers ?? []).map((w) => w.rule),
  ].filter((id) => !knownRules.includes(id));
  if (unknown.length > 0)
    throw new ConfigError(
      file,
      { kind: 'unknown-rule', rules: unknown },
      `${file}: unknown rule ${unknown.map((u) => `"${u}"`).join(', ')} (see \`ausm-check rules\`)`,
    );
  return { ...parsed.data, file };
}

/**
 * What a report says about the configuration: its file (relative to `cwd`), the rules whose
 * severity differs from their default, and how many waivers it holds.
 */
export function describeConfig(
  config: OrganisationConfig,
  defaultSeverity: (rule: string) => Severity | undefined,
  cwd: string,
): AppliedConfig {
  const rules: Record<string, Severity | 'off'> = {};
  for (const [rule, setting] of Object.entries(config.rules ?? {}).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  ))
    if (setting !== defaultSeverity(rule)) rules[rule] = setting;
  return {
    file: path.relative(cwd, config.file) || config.file,
    rules,
    waivers: config.waivers?.length ?? 0,
  };
}
