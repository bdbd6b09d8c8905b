import { describe, expect, it } from 'vitest';
import { renderTable, wrap } from '../src/output/table.js';

describe('renderTable', () => {
  it('aligns columns to their widest cell and puts details under the last column', () => {
    const table = renderTable({
      headers: ['LEVEL', 'PATH', 'MESSAGE'],
      rows: [
        { cells: ['error', 'prod/claude/eu', 'Budget too small.'], details: ['fix: raise it'] },
        { cells: ['warning', 'prod', 'Unused.'] },
      ],
    });
    expect(table).toMatchInlineSnapshot(`
      "  LEVEL    PATH            MESSAGE
        error    prod/claude/eu  Budget too small.
                                 fix: raise it
        warning  prod            Unused."
    `);
  });

  it('wraps the last column to the width, continuing under it', () => {
    const message = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    const table = renderTable({ headers: ['ID', 'MESSAGE'], rows: [{ cells: ['a/b', message] }], maxWidth: 60 });
    expect(table.split('\n')).toEqual([
      '  ID   MESSAGE',
      '  a/b  one two three four five six seven eight nine ten',
      '       eleven twelve thirteen fourteen',
    ]);
  });

  it('moves the last column below each row when the others leave it too little room', () => {
    const table = renderTable({
      headers: ['LEVEL', 'CONSTRUCT PATH', 'MESSAGE'],
      rows: [
        {
          cells: [
            'warning',
            'gateway/bedrock/claude-sonnet-think-16000/eu',
            'The budget is not below the max output tokens of the model.',
          ],
          details: ['fix: lower it'],
        },
      ],
      maxWidth: 70,
    });
    expect(table).toMatchInlineSnapshot(`
      "  LEVEL    CONSTRUCT PATH
        warning  gateway/bedrock/claude-sonnet-think-16000/eu
                 The budget is not below the max output tokens of the model.
                 fix: lower it"
    `);
  });

  it('styles cells after padding, so colours never shift columns', () => {
    const table = renderTable({ headers: ['A', 'B'], rows: [{ cells: ['x', 'y'] }], styleCell: (text) => `<${text}>` });
    expect(table.split('\n')[1]).toBe('  <x>  <y>');
  });
});

describe('wrap', () => {
  it('keeps a word longer than the width on a line of its own', () => {
    expect(wrap('a averyveryverylongword b', 10)).toEqual(['a', 'averyveryverylongword', 'b']);
  });
});
