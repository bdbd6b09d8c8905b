import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { groupAcknowledged, renderAcknowledgedGroups } from '../src/output/acknowledged-findings.js';
import type { FindingJson } from '../src/output/json-shapes.js';
import { Printer } from '../src/output/printer.js';

const RATE_LIMITS = 'AWS enforces the Bedrock quotas of these models per account and region.';

function finding(path: string, id: string, acknowledged?: { by: string; reason: string }): FindingJson {
  return {
    severity: 'warning',
    id,
    message: `A finding at ${path}.`,
    path,
    source: 'core',
    blocking: false,
    ...(acknowledged ? { acknowledged } : {}),
  };
}

/** A printer whose stdout is a terminal of `columns` columns, or a pipe; colours off either way. */
function printer(columns?: number): Printer {
  const stream = Object.assign(new Writable({ write: (_chunk, _encoding, done) => done() }), {
    isTTY: columns !== undefined,
    columns,
  });
  const saved = process.env.NO_COLOR;
  process.env.NO_COLOR = '1';
  try {
    return new Printer(stream as unknown as NodeJS.WriteStream, stream as unknown as NodeJS.WriteStream);
  } finally {
    if (saved === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = saved;
  }
}

const FINDINGS: FindingJson[] = [
  ...['claude/eu', 'claude-think/eu', 'opus/us'].map((path) =>
    finding(`config/bedrock/${path}`, 'best-practices/deployment-rate-limits', {
      by: 'config/bedrock',
      reason: RATE_LIMITS,
    }),
  ),
  finding('config/gemini/flash', 'best-practices/chat-group-has-fallback', {
    by: 'config/gemini/flash',
    reason: 'Last link of the chain.',
  }),
  finding('config/gemini/embedding/KEY_1', 'best-practices/deployment-rate-limits', {
    by: 'config/gemini/embedding',
    reason: 'Small calls.',
  }),
  finding('config/router', 'core/unknown-key'),
  finding('config/gemini/embedding/KEY_2', 'best-practices/deployment-rate-limits', {
    by: 'config/gemini/embedding',
    reason: 'Small calls.',
  }),
  finding('config/legacy', 'demo/legacy', { by: '', reason: 'Accepted for the whole app.' }),
];

describe('acknowledged findings', () => {
  it('groups them by rule, acknowledging construct and reason, in the order of their first finding, leaving others out', () => {
    expect(groupAcknowledged(FINDINGS).map((g) => [g.count, g.id, g.by])).toEqual([
      [3, 'best-practices/deployment-rate-limits', 'config/bedrock'],
      [1, 'best-practices/chat-group-has-fallback', 'config/gemini/flash'],
      [2, 'best-practices/deployment-rate-limits', 'config/gemini/embedding'],
      [1, 'demo/legacy', 'App'],
    ]);
  });

  it('prints one line per group with the count and the reason, on a pipe however long', () => {
    expect(renderAcknowledgedGroups(FINDINGS, printer())).toBe(
      [
        `  acknowledged  3 × best-practices/deployment-rate-limits at config/bedrock: ${RATE_LIMITS}`,
        '  acknowledged  1 × best-practices/chat-group-has-fallback at config/gemini/flash: Last link of the chain.',
        '  acknowledged  2 × best-practices/deployment-rate-limits at config/gemini/embedding: Small calls.',
        '  acknowledged  1 × demo/legacy at App: Accepted for the whole app.',
      ].join('\n'),
    );
  });

  it('aligns the counts, and wraps a long reason under the rule id on a terminal', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      finding(`config/d${i}`, 'core/x', { by: 'config', reason: 'Twelve of them.' }),
    );
    const lines = renderAcknowledgedGroups([...FINDINGS.slice(0, 3), ...many], printer(70))?.split('\n');
    expect(lines?.every((line) => line.length <= 70)).toBe(true);
    expect(lines).toEqual([
      '  acknowledged   3 × best-practices/deployment-rate-limits at',
      '                     config/bedrock: AWS enforces the Bedrock quotas',
      '                     of these models per account and region.',
      '  acknowledged  12 × core/x at config: Twelve of them.',
    ]);
  });

  it('prints nothing when no finding is acknowledged', () => {
    expect(renderAcknowledgedGroups([finding('config', 'core/unknown-key')], printer())).toBeUndefined();
  });
});
