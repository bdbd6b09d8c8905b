import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Annotations, App, FINDING_ID_PATTERN, ProxyConfig } from '../src/index.js';

const kebab = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);

describe('Annotations ids', () => {
  it('takes the id first in every method', () => {
    const config = new ProxyConfig(new App(), 'prod');
    Annotations.of(config).addError('my-lib/broken', 'it is broken', 'mend it');
    Annotations.of(config).addWarning('my-lib/shaky', 'it is shaky', 'steady it');
    Annotations.of(config).addInfo('my-lib/noted', 'worth knowing');
    expect(Annotations.of(config).all).toEqual([
      { severity: 'error', id: 'my-lib/broken', message: 'it is broken', hint: 'mend it' },
      { severity: 'warning', id: 'my-lib/shaky', message: 'it is shaky', hint: 'steady it' },
      { severity: 'info', id: 'my-lib/noted', message: 'worth knowing', hint: undefined },
    ]);
  });

  it('accepts every <scope>/<kebab-name> id', () => {
    fc.assert(
      fc.property(kebab, kebab, (scope, name) => {
        const config = new ProxyConfig(new App(), 'prod');
        Annotations.of(config).addWarning(`${scope}/${name}`, 'message');
        Annotations.of(config).acknowledge(`${scope}/${name}`, 'accepted for the test');
        expect(Annotations.of(config).all.map((a) => a.id)).toEqual([`${scope}/${name}`]);
      }),
    );
  });

  it.each([
    'broken',
    'My-Lib/broken',
    'my-lib/Broken',
    'my_lib/broken',
    'my-lib/broken/again',
    'my-lib/-broken',
    'my-lib/broken-',
    'my-lib//broken',
    ' my-lib/broken',
  ])('rejects the id %j, naming the construct, the id and the expected form', (id) => {
    const config = new ProxyConfig(new App(), 'prod');
    const expected = `[prod] addError() was given the id '${id}', which is not of the form '<scope>/<kebab-name>'`;
    expect(() => Annotations.of(config).addError(id, 'message')).toThrow(expected);
    expect(() => Annotations.of(config).addWarning(id, 'message')).toThrow(/addWarning\(\) was given the id/);
    expect(() => Annotations.of(config).addInfo(id, 'message')).toThrow(/addInfo\(\) was given the id/);
    expect(() => Annotations.of(config).acknowledge(id, 'a reason')).toThrow(/acknowledge\(\) was given the id/);
    expect(Annotations.of(config).all).toEqual([]);
    expect(FINDING_ID_PATTERN.test(id)).toBe(false);
  });

  it('points out the argument order when the message comes first', () => {
    const config = new ProxyConfig(new App(), 'prod');
    expect(() => Annotations.of(config).addError('The budget is too low.', 'my-lib/low-budget')).toThrow(
      /The id comes first: addError\(id, message\)/,
    );
  });
});
