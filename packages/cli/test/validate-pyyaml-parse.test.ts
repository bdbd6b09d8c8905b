import { emitYaml } from '@litellm-cdk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfigYaml, parseConfigYaml } from '../src/validate/pyyaml-parse.js';

describe('loadConfigYaml reads scalars as PyYAML does', () => {
  it.each([
    ['yes', true],
    ['On', true],
    ['TRUE', true],
    ['off', false],
    ['y', 'y'],
    ['n', 'n'],
    ['1_000', 1000],
    ['010', 8],
    ['08', '08'],
    ['0x1F', 31],
    ['1e3', '1e3'],
    ['1.0e+3', 1000],
    ['.5', 0.5],
    ['.', '.'],
    ['0.000420', 0.00042],
    ['2023-07-01-preview', '2023-07-01-preview'],
    ['~', null],
    ['', null],
  ])('%j as %j', (text, expected) => {
    expect(loadConfigYaml(`key: ${text}\n`)).toEqual({ key: expected });
  });

  it('keeps the last of two equal keys, as PyYAML does', () => {
    expect(loadConfigYaml('a: 1\nb: 2\na: 3\n')).toEqual({ a: 3, b: 2 });
  });

  it('resolves merge keys', () => {
    expect(loadConfigYaml('base: &base {rpm: 1}\nentry:\n  <<: *base\n  tpm: 2\n')).toEqual({
      base: { rpm: 1 },
      entry: { rpm: 1, tpm: 2 },
    });
  });

  it('reports several documents in one file as a syntax error, like safe_load', () => {
    expect(parseConfigYaml('a: 1\n---\nb: 2\n').document.errors).toHaveLength(1);
  });

  it('reads back any string and number synth writes', () => {
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), value), (document) => {
        expect(loadConfigYaml(emitYaml(document))).toEqual(document);
      }),
      { numRuns: 300 },
    );
  });
});
