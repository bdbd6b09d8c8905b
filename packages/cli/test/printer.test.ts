import { describe, expect, it } from 'vitest';
import { displayPath } from '../src/output/printer.js';

describe('displayPath', () => {
  const cwd = '/home/dev/src/litellm-cdk/apps/example';

  it('names a path below the current directory relative to it', () => {
    expect(displayPath('/home/dev/src/litellm-cdk/apps/example/litellm.out', cwd)).toBe('litellm.out');
  });

  it('names a nearby path outside the current directory relative to it, as the user would type it', () => {
    expect(displayPath('/home/dev/src/litellm-cdk/apps/configs/config.yaml', cwd)).toBe('../configs/config.yaml');
  });

  it('names a far path absolute when that is shorter than climbing to it', () => {
    expect(displayPath('/tmp/out', cwd)).toBe('/tmp/out');
  });

  it('names the current directory "."', () => {
    expect(displayPath(cwd, cwd)).toBe('.');
  });
});
