import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { residentIdCheckChar } from '../../src/ids/resident-id.js';

let next = 0;

/**
 * Gives a copied example folder an ID number of its own (same region, birth date and gender, a
 * different sequence number, a valid check digit), so that copies are different people and do
 * not meet batch/duplicate-id. A profile without an 18-digit ID is left as it is.
 */
export function distinctId(folder: string): void {
  const file = path.join(folder, 'profile.yaml');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return;
  }
  const n = ++next;
  writeFileSync(
    file,
    text.replace(/"(\d{14})(\d{2})(\d)[\dX]"/, (_, head: string, _seq: string, sex: string) => {
      const first17 = `${head}${String(n % 100).padStart(2, '0')}${sex}`;
      return `"${first17}${residentIdCheckChar(first17)}"`;
    }),
  );
}
