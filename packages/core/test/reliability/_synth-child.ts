// A synth in a child process, for the fault tests: `node --import tsx _synth-child.ts <outdir> <groups> [variant]`.
// Prints what the child's locale does with case mapping, so a test can check the locale really is active.
import { App, GeneralSettings, ModelGroup, ProxyConfig, Router, Secret } from '../../src/index.js';

const [outdir, groups = '50', variant = 'a'] = process.argv.slice(2);
const locale = Intl.DateTimeFormat().resolvedOptions().locale;
process.stdout.write(
  `${JSON.stringify({ locale, lowerI: 'I'.toLocaleLowerCase(locale), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone })}\n`,
);

const app = new App({ outdir: outdir!, name: 'reliability' });
// Three configs, so a write has many files and many points to be killed at.
for (const name of ['prod', 'staging', 'İstanbul-dev']) {
  const config = new ProxyConfig(app, name.replace('İ', 'I').toLowerCase(), {
    fileName: `${name.replace('İ', 'I').toLowerCase()}.yaml`,
  });
  new Router(config, 'router', { numRetries: 1, timeout: 30 });
  new GeneralSettings(config, 'general', { master_key: Secret.env('LITELLM_MASTER_KEY') });
  for (let g = 0; g < Number(groups); g++) {
    // Names whose case mapping differs in Turkish (I/ı, i/İ) and whose order depends on the collation.
    const group = new ModelGroup(config, `Iİıi-model-${g}-${variant}`);
    group.addDeployment('openai', {
      litellmParams: {
        model: 'openai/gpt-4o',
        api_key: Secret.env(`OPENAI_API_KEY_I${g % 3}`),
        rpm: 100 + g,
        tpm: 10_000,
      },
      modelInfo: { id: `${name}-ID-${g}-${variant}`, mode: 'chat' },
    });
  }
}
app.synth();
