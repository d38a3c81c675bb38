import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-in-process.js';

/*
 * Issue 13 item 2: an ID number or phone that YAML reads as a number, or that sits in a list or a
 * map, used to be quoted in full by `profile/invalid-value` in every format. These are the digits
 * that must never appear without --show-pii (the middle of each number: a masked one keeps only
 * its ends).
 */
const SECRETS = ['0102198703', '5912341', '3812345', '三丰'];

let root = '';
const FOLDERS = ['unquoted', 'wrapped'];

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ausm-pii-'));
  const make = (name: string, edit: (text: string) => string) => {
    const dir = path.join(root, name);
    cpSync(path.join(REPO, 'examples', 'scope-1-accountant'), dir, { recursive: true });
    const file = path.join(dir, 'profile.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  };
  make('unquoted', (t) =>
    t
      .replace('id_number: "530102198703173716"', 'id_number: 530102198703173716')
      .replace('phone: "15912341535"', 'phone: 15912341535')
      .replace('phone: "0871-12345678" }', 'phone: 13812345678 }'),
  );
  make('wrapped', (t) =>
    t
      .replace('id_number: "530102198703173716"', 'id_number: ["530102198703173716"]')
      .replace('phone: "15912341535"', 'phone: { mobile: 15912341535 }')
      .replace('name: 张三 #', 'name: [张三丰] #')
      .replace('phone: "0871-12345678" }', 'phone: [13812345678] }'),
  );
});

const TODAY = '--today=2026-11-26';

function expectMasked(text: string, what: string) {
  for (const secret of SECRETS) expect(text, `${what} shows ${secret}`).not.toContain(secret);
}

describe('personal data of any YAML type is masked (issue 13 item 2)', () => {
  for (const folder of FOLDERS)
    for (const format of ['pretty', 'json', 'markdown', 'html', 'junit'])
      it(`check --format ${format}: ${folder}`, () => {
        for (const lang of ['zh', 'en']) {
          const run = runCli([path.join(root, folder), TODAY, '--format', format, '--lang', lang]);
          expect(run.exitCode, run.stderr).toBe(1);
          // The phone's last digits: the finding is there, masked.
          expect(run.stdout).toContain('535');
          expectMasked(run.stdout + run.stderr, `${folder} ${format} ${lang}`);
        }
      });

  for (const format of ['pretty', 'json', 'ndjson', 'csv', 'html', 'junit'])
    it(`batch --format ${format} and --findings-csv`, () => {
      const csv = path.join(mkdtempSync(path.join(tmpdir(), 'ausm-pii-csv-')), 'findings.csv');
      const run = runCli(['batch', root, TODAY, '--format', format, '--findings-csv', csv]);
      expect(run.exitCode, run.stderr).toBe(1);
      expectMasked(run.stdout + run.stderr, `batch ${format}`);
      const findings = readFileSync(csv, 'utf8');
      expect(findings).toContain('profile/invalid-value');
      expectMasked(findings, 'findings csv');
    });

  it('the masked value still says what to write, and --show-pii shows it in full', () => {
    const masked = runCli([path.join(root, 'unquoted'), TODAY, '--lang', 'en']).stdout;
    expect(masked).toContain('Put the value in double quotes, e.g. "530*****3716"');
    const shown = runCli([path.join(root, 'unquoted'), TODAY, '--lang', 'en', '--show-pii']);
    expect(shown.stdout).toContain('e.g. "530102198703173716"');
    expect(shown.stdout).toContain('15912341535');
    expect(shown.stdout).toContain('13812345678');
  });
});
