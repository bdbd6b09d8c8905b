import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPolicyPack } from '../src/index.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

describe('loadPolicyPack', () => {
  it("loads a module's default export, from a path relative to the working directory", async () => {
    const pack = await loadPolicyPack('./example-pack.ts', fixtures);
    expect(pack.name).toBe('acme-platform');
  });

  it('loads a named export given after #', async () => {
    expect((await loadPolicyPack(path.join(fixtures, 'two-packs.ts#RoutingPack'))).name).toBe('routing');
  });

  it('asks which pack to use when a module exports several and no default', async () => {
    await expect(loadPolicyPack(path.join(fixtures, 'two-packs.ts'))).rejects.toThrow(
      /exports several policy packs \(it exports: LimitsPack \(limits\), RoutingPack \(routing\)\); name one as/,
    );
  });

  it('says so when a module exports no pack, or not under the name given', async () => {
    await expect(loadPolicyPack(path.join(fixtures, 'no-pack.ts'))).rejects.toThrow(/exports no policy pack/);
    await expect(loadPolicyPack(path.join(fixtures, 'two-packs.ts#Nope'))).rejects.toThrow(
      /has no policy pack exported as 'Nope' \(it exports: LimitsPack/,
    );
  });

  it('names the module it cannot load', async () => {
    await expect(loadPolicyPack('./missing-pack.ts', fixtures)).rejects.toThrow(
      /Cannot load policy module '.\/missing-pack.ts'/,
    );
  });
});
