import { describe, expect, it } from 'vitest';
import { searchChoices } from '../../src/interactive/choice-search.js';

describe('searchChoices', () => {
  const choices = [
    'A 农、林、牧、渔业',
    'K 房地产业',
    'L 租赁和商务服务业',
    'M 科学研究和技术服务业',
  ].map((name) => ({ value: name.slice(2), name }));

  it('matches anywhere in a choice, not only its start (issue 14 item 8)', () => {
    expect(searchChoices(choices, '商务').map((c) => c.value)).toEqual(['租赁和商务服务业']);
    expect(searchChoices(choices, '服务').map((c) => c.number)).toEqual([3, 4]);
    expect(searchChoices(choices, 'l').map((c) => c.value)).toEqual(['租赁和商务服务业']);
  });

  it('keeps every choice, numbered, for nothing typed; a number picks that choice first', () => {
    expect(searchChoices(choices, undefined).map((c) => c.number)).toEqual([1, 2, 3, 4]);
    expect(searchChoices(choices, ' ').length).toBe(4);
    expect(searchChoices(choices, '3')[0]!.value).toBe('租赁和商务服务业');
    expect(searchChoices(choices, '火星')).toEqual([]);
  });
});
