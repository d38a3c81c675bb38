import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../src/messages/index.js';
import { LANGS } from '../src/messages/types.js';
import { RULES } from '../src/rules/index.js';

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'fixtures' ? [] : testFiles(full);
    return name.endsWith('.test.ts') ? [full] : [];
  });
}

const testText = testFiles('test')
  .filter((f) => !f.endsWith('catalogue.test.ts'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('the rule catalogue', () => {
  it('has unique ids of the form section/name', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const text = CATALOG[rule.id];
      it('has a title, a source, a fix and at least one message, in zh and en', () => {
        expect(text, `no words for ${rule.id} in src/messages`).toBeDefined();
        for (const lang of LANGS) {
          expect(text!.title[lang].trim()).not.toBe('');
          expect(text!.source[lang].trim()).not.toBe('');
          expect(text!.fix[lang].trim()).not.toBe('');
          if (text!.notes) expect(text!.notes[lang].trim()).not.toBe('');
        }
        expect(Object.keys(text!.messages).length).toBeGreaterThan(0);
        for (const [id, m] of Object.entries(text!.messages))
          for (const lang of LANGS) {
            expect(m.message[lang].trim(), `${rule.id}:${id}:${lang}`).not.toBe('');
            if (m.hint) expect(m.hint[lang].trim()).not.toBe('');
          }
      });

      it('uses the same placeholders in zh and en', () => {
        const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        for (const m of Object.values(text?.messages ?? {})) {
          expect(names(m.message.en)).toEqual(names(m.message.zh));
          if (m.hint) expect(names(m.hint.en)).toEqual(names(m.hint.zh));
        }
      });

      it('is tested', () => {
        expect(
          testText.includes(`'${rule.id}'`) ||
            testText.includes(`"${rule.id}"`) ||
            testText.includes(`${rule.id}:`),
        ).toBe(true);
      });
    });
  }

  it('has no words for rules that do not exist', () => {
    const ids = new Set([...RULES.map((r) => r.id), 'internal/rule-error']);
    expect(Object.keys(CATALOG).filter((id) => !ids.has(id))).toEqual([]);
  });
});
