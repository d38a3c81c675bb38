/** A choice as a long list shows it: its number in front, so typing the number finds it. */
export type Numbered<C> = C & { readonly number: number };

/**
 * The choices a long list shows for what has been typed (pure): all of them for nothing typed;
 * for a number, that choice first, then those whose name holds the digits; otherwise those whose
 * name holds the text anywhere, ignoring case and spaces (`商务` finds `L 租赁和商务服务业`, not
 * only names that start with it).
 */
export function searchChoices<C extends { readonly name: string }>(
  choices: readonly C[],
  term: string | undefined,
): Numbered<C>[] {
  const numbered = choices.map((c, i) => ({ ...c, number: i + 1 }));
  const typed = (term ?? '').replace(/\s+/g, '').toLowerCase();
  if (typed === '') return numbered;
  const holds = (c: Numbered<C>) => c.name.replace(/\s+/g, '').toLowerCase().includes(typed);
  if (/^\d+$/.test(typed)) {
    const exact = numbered.filter((c) => c.number === Number(typed));
    return [...exact, ...numbered.filter((c) => !exact.includes(c) && holds(c))];
  }
  return numbered.filter(holds);
}
