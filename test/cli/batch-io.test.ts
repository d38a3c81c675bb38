import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchCommand, type BatchCommandOptions } from '../../src/cli/commands/batch.js';
import { EXIT } from '../../src/cli/io.js';
import { captureIo } from '../helpers.js';
import { REPO } from './run-cli.js';

let root = '';
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ausm-batch-io-'));
  for (const name of ['a', 'b', 'c'])
    cpSync(path.join(REPO, 'examples/fail-broken-yaml'), path.join(root, name), {
      recursive: true,
    });
});

const opts: BatchCommandOptions = {
  format: 'json',
  lang: 'en',
  today: '2026-11-26',
  showPii: false,
  quiet: false,
  color: false,
  interactive: false,
  jobs: 1,
};

describe('batch through Io (issue 19 item 4)', () => {
  it('stops at the interrupt Io reports, exits 130 and unregisters its handler', async () => {
    let registered = 0;
    let unregistered = 0;
    const io = {
      ...captureIo(root, 'en'),
      onInterrupt: (handler: () => void) => {
        registered++;
        handler(); // Ctrl-C before the first folder
        return () => void unregistered++;
      },
    };
    const code = await batchCommand(root, opts, io);
    expect(code).toBe(EXIT.interrupted);
    expect([registered, unregistered]).toEqual([1, 1]);
    const report = JSON.parse(io.out());
    expect(report.summary.folders).toBe(0);
    expect([report.interrupted, report.total]).toEqual([true, 3]);
  });

  it('checks every folder when nothing interrupts, with the verdict of report/exit-code.ts', async () => {
    const io = captureIo(root, 'en');
    expect(await batchCommand(root, opts, io)).toBe(EXIT.notReady);
    expect(JSON.parse(io.out()).summary).toMatchObject({ folders: 3, not_ready: 3 });
  });

  it('draws progress only on the stream Io gives, never with --quiet', async () => {
    const written: string[] = [];
    const progress = {
      isTTY: true,
      write: (chunk: string) => void written.push(chunk),
    } as unknown as NodeJS.WritableStream;
    const io = { ...captureIo(root, 'en'), progress };
    expect(await batchCommand(root, { ...opts, quiet: true }, io)).toBe(EXIT.notReady);
    expect(written).toEqual([]);
  });
});
