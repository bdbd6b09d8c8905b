import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LiteLLMBestPractices } from '../src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const page = fs.readFileSync(path.join(here, '../../../docs/policy.md'), 'utf8');

describe('docs/policy.md', () => {
  it('shows the worked example exactly as the tests run it', () => {
    const section = page.slice(page.indexOf('## Writing your own pack'));
    const shown = section.slice(section.indexOf('```ts\n') + 6, section.indexOf('\n```', section.indexOf('```ts\n')));
    const fixture = fs.readFileSync(path.join(here, 'fixtures/example-pack.ts'), 'utf8');
    expect(`${shown}\n`).toBe(fixture.slice(fixture.indexOf('\n') + 1));
  });

  it('lists every built-in rule with its severity and the core ids it reports', () => {
    const rows = page
      .split('\n')
      .filter((line) => line.startsWith('| `best-practices/'))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.map((cells) => [cells[1].replaceAll('`', ''), cells[2]])).toEqual(
      LiteLLMBestPractices.rules.map((r) => [r.id, r.severity]),
    );
    for (const rule of LiteLLMBestPractices.rules) {
      const row = rows.find((cells) => cells[1] === `\`${rule.id}\``)!;
      for (const core of rule.coreFindingIds)
        expect(
          row[6].replace(
            'core/thinking-*',
            'core/thinking-budget-too-small core/thinking-unsupported core/thinking-budget-exceeds-max-output',
          ),
        ).toContain(core);
    }
  });
});
