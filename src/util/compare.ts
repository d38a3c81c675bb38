const collator = new Intl.Collator('en', { numeric: true });

/** `work[2]` before `work[10]`: numbers inside strings compare by value. */
export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b);
}
