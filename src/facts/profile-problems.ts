import type { Document } from 'yaml';
import type { z } from 'zod';
import { showText, type TextFlaw } from '../profile/text.js';
import { sourceText, textPosition } from './profile-yaml.js';
import type { Position, ProfileProblem } from './types.js';

/* What is wrong with a value, as a profile problem: a schema issue, or text that cannot go on the form. */

export function describeIssue(
  issue: z.core.$ZodIssue,
  at: string,
  value: unknown,
  doc: Document,
  text: string,
): ProfileProblem {
  if (issue.code === 'custom' && (issue.params as { kind?: string } | undefined)?.kind === 'date')
    return { kind: 'invalid-date', path: at, value: String(value) };
  if (issue.code === 'invalid_value')
    return {
      kind: 'invalid-value',
      messageId: 'not-allowed',
      path: at,
      args: { value: String(value), allowed: issue.values.map(String).join('、') },
    };
  if (issue.code === 'too_small' || issue.code === 'too_big')
    return {
      kind: 'invalid-value',
      messageId: 'out-of-range',
      path: at,
      args: { value: String(value) },
    };
  const expected = expectedOf(issue, at);
  if (expected === 'string' && typeof value === 'number') {
    // YAML reads a bare 18-digit number as a float that has lost its last digits:
    // the source text is what the person typed.
    const source = sourceText(doc, text, at) ?? String(value);
    return {
      kind: 'invalid-value',
      messageId: 'quote-number',
      path: at,
      args: { value: source, quoted: `"${source}"` },
    };
  }
  return {
    kind: 'invalid-value',
    messageId: 'type',
    path: at,
    args: { expected, actual: kindOf(value), value: preview(value) },
  };
}

export function textProblem(
  at: string,
  value: string,
  flaw: TextFlaw,
  doc: Document,
  text: string,
  pos: (offset: number) => Position,
): ProfileProblem {
  return {
    kind: 'invalid-text',
    path: at,
    flaw,
    shown: showText(value),
    position: textPosition(doc, text, at, flaw, pos),
  };
}

function expectedOf(issue: z.core.$ZodIssue, at: string): string {
  if (issue.code === 'invalid_type') return issue.expected;
  if (issue.code === 'invalid_union') {
    if (at === 'scope') return '1..5';
    return 'string';
  }
  return 'value';
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  return typeof value;
}

function preview(value: unknown): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
