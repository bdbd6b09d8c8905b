import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { camelCase, pascalCase, UniqueNames } from '../src/import/names.js';
import { code, tsCall, tsKey, tsString, tsValue } from '../src/import/ts-source.js';

/** Evaluates a JavaScript expression (the generated literals are valid JavaScript too). */
function evaluate(expression: string): unknown {
  return new Function(`return (${expression});`)();
}

const json = fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown);

describe('TypeScript literals of config values', () => {
  it('reads back any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(evaluate(tsString(text))).toBe(text);
      }),
    );
  });

  it('reads back any JSON value, laid out on one or many lines, with any keys', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(evaluate(tsValue(value))).toEqual(value);
      }),
    );
  });

  it('survives UTF-8: no lone surrogate is written raw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const written = Buffer.from(tsString(text), 'utf8').toString('utf8');
        expect(evaluate(written)).toBe(text);
      }),
    );
  });

  it('quotes with double quotes when that spares escaping', () => {
    expect(tsString("it's")).toBe(`"it's"`);
    expect(tsString(`it's "x"`)).toBe(`'it\\'s "x"'`);
  });

  it('keeps __proto__ a key', () => {
    expect(evaluate(tsValue(JSON.parse('{"__proto__": 1}')))).toEqual(JSON.parse('{"__proto__": 1}'));
    expect(tsKey('__proto__')).toBe(`['__proto__']`);
  });

  it('writes short values inline and breaks long ones, one entry per line', () => {
    expect(tsValue({ a: 1, 'b-c': ['x'] })).toBe(`{ a: 1, 'b-c': ['x'] }`);
    expect(tsCall('new ModelGroup', [code('config'), 'Id', { modelName: 'x'.repeat(100) }])).toBe(
      `new ModelGroup(config, 'Id', {\n  modelName: '${'x'.repeat(100)}',\n})`,
    );
  });

  it('refuses values with no literal', () => {
    expect(() => tsValue(new Date(0))).toThrow(TypeError);
  });
});

describe('names of generated constructs and variables', () => {
  it('derives ids and variables from model names', () => {
    expect(pascalCase('gpt-3.5-turbo', 'Model')).toBe('Gpt35Turbo');
    expect(pascalCase('anthropic/*', 'Model')).toBe('AnthropicAll');
    expect(pascalCase('---', 'Model')).toBe('Model');
    expect(camelCase('3d-model', 'model')).toBe('m3dModel');
    expect(camelCase('default', 'model')).toBe('defaultGroup');
  });

  it('numbers names that are taken', () => {
    const names = new UniqueNames(['config']);
    expect(['config', 'a', 'a', 'a'].map((name) => names.claim(name))).toEqual(['config2', 'a', 'a2', 'a3']);
  });

  it('always gives a valid, unique identifier', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (texts) => {
        const names = new UniqueNames();
        const claimed = texts.map((text) => names.claim(camelCase(text, 'construct')));
        expect(new Set(claimed).size).toBe(claimed.length);
        for (const name of claimed) expect(() => new Function(`const ${name} = 1;`)).not.toThrow();
      }),
    );
  });
});
