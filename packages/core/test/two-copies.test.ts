import { describe, expect, it, vi } from 'vitest';

type Core = typeof import('../src/index.js');

/** Two module instances of core, as when an app and the CLI (or two packages) each load their own copy. */
async function twoCopies(): Promise<[Core, Core]> {
  vi.resetModules();
  const first: Core = await import('../src/index.js');
  vi.resetModules();
  const second: Core = await import('../src/index.js');
  return [first, second];
}

// Each test loads core twice from source, which takes seconds on a busy machine.
describe('two loaded copies of core', { timeout: 60_000 }, () => {
  it('are distinct module instances', async () => {
    const [first, second] = await twoCopies();
    expect(second.Annotations).not.toBe(first.Annotations);
    expect(second.App).not.toBe(first.App);
  });

  it("see each other's annotations and acknowledgements, and synth reports them", async () => {
    const [first, second] = await twoCopies();
    const app = first.Testing.app();
    const prod = new first.ProxyConfig(app, 'prod');
    new first.GeneralSettings(prod, 'general', { master_key: first.Secret.env('LITELLM_MASTER_KEY') });

    second.Annotations.of(prod).addWarning('my-lib/shaky', 'added by the second copy');
    second.Annotations.of(app).acknowledge('my-lib/shaky', 'accepted by the second copy');
    expect(first.Annotations.of(prod).all).toEqual([
      { severity: 'warning', id: 'my-lib/shaky', message: 'added by the second copy', hint: undefined },
    ]);
    expect(first.Annotations.of(prod).findAcknowledgement('my-lib/shaky')?.scope).toBe(app);

    const { report } = first.Testing.synthApp(app, { strict: true });
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        id: 'my-lib/shaky',
        path: 'prod',
        acknowledged: { reason: 'accepted by the second copy', by: 'App' },
      }),
    );
  });

  it("run each other's aspects and report sections, and write each other's artifacts", async () => {
    const [first, second] = await twoCopies();
    const app = first.Testing.app();
    const prod = new first.ProxyConfig(app, 'prod');
    new first.GeneralSettings(prod, 'general', { master_key: first.Secret.env('LITELLM_MASTER_KEY') });

    const visited: string[] = [];
    second.Aspects.of(app).add({ visit: (node) => visited.push(node.node.path) });
    second.ReportSections.of(prod).add('second-copy', (findings) => findings.length);
    second.AssemblyArtifacts.of(prod).add(prod, 'notes/prod.txt', (context) => ({
      type: 'test:notes',
      content: context.getConfig('prod').file,
      config: 'prod.yaml',
    }));

    const assembly = first.Testing.synthApp(app);
    expect(visited).toEqual(['', 'prod', 'prod/general']);
    expect(assembly.report.sections).toEqual({ 'second-copy': 0 });
    expect(assembly.files).toContainEqual({ name: 'notes/prod.txt', content: 'prod.yaml' });
    expect(second.Testing.synthApp(app)).toBe(assembly);
  });

  it('refuses an aspect that a running aspect of the other copy adds too late', async () => {
    const [first, second] = await twoCopies();
    const app = first.Testing.app();
    new first.ProxyConfig(app, 'prod');
    const late = { visit: () => {} };
    // A construct the aspect creates has no aspects yet, so the second copy's Aspects serves the add and must see
    // the aspect that the first copy's engine is running.
    const addsTooLate = {
      visit: (node: unknown) => {
        if (node !== app) return;
        const extra = new first.ProxyConfig(app, 'extra');
        second.Aspects.of(extra).add(late, { priority: first.AspectPriority.MUTATING });
      },
    };
    first.Aspects.of(app).add(addsTooLate, { priority: first.AspectPriority.DEFAULT });
    expect(() => first.Testing.synthApp(app)).toThrow(/^\[extra\] aspect .* was added by aspect .* has already run/);
  });
});
