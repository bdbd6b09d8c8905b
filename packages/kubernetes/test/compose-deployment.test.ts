import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, LitellmSettings, Secret, Testing } from '@litellm-cdk/core';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ComposeDeployment, LITELLM_IMAGE } from '../src/index.js';
import { testConfig, type TestConfigOptions } from './_apps.js';
import { validateCompose } from './_schemas.js';

const tempRoots: string[] = [];
afterAll(() => {
  for (const root of tempRoots) fs.rmSync(root, { recursive: true, force: true });
});

/** The Compose file of the test config, validated against the Compose specification. */
function composeOf(
  options: TestConfigOptions = {},
  configure?: (prod: ReturnType<typeof testConfig>['prod']) => void,
): { text: string; document: any } {
  const { prod } = testConfig(options);
  configure?.(prod);
  new ComposeDeployment(prod, 'compose');
  const text = Testing.synthApp(prod).files.find((f) => f.name === 'compose.yaml')!.content;
  const document = parse(text);
  validateCompose(document);
  return { text, document };
}

describe('ComposeDeployment', () => {
  it('writes compose.yaml beside the config: the pinned proxy, its files mounted read-only, env_file outside the assembly', () => {
    const outdir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-compose-')), 'litellm.out');
    tempRoots.push(path.dirname(outdir));
    const app = new App({ outdir, name: 'demo' });
    const { prod } = testConfig({ include: true }, app);
    new ComposeDeployment(prod, 'compose');
    const assembly = app.synth();
    const document = parse(fs.readFileSync(path.join(outdir, 'compose.yaml'), 'utf8'));
    validateCompose(document);
    expect(Object.keys(document.services)).toEqual(['litellm']);
    const proxy = document.services.litellm;
    expect(proxy.image).toBe(LITELLM_IMAGE);
    expect(proxy.command).toEqual(['--config', '/etc/litellm/prod.yaml', '--port', '4000']);
    expect(proxy.env_file).toEqual(['../.env']);
    expect(proxy.ports).toEqual(['4000:4000']);
    expect(proxy.volumes).toEqual([
      { type: 'bind', source: './models.yaml', target: '/etc/litellm/models.yaml', read_only: true },
      { type: 'bind', source: './prod.yaml', target: '/etc/litellm/prod.yaml', read_only: true },
    ]);
    // Every mounted file is one synth wrote beside compose.yaml.
    for (const volume of proxy.volumes) expect(fs.existsSync(path.join(outdir, volume.source))).toBe(true);
    expect(proxy.healthcheck.test.join(' ')).toContain('http://localhost:4000/health/liveliness');
    expect(proxy.depends_on).toBeUndefined();
    expect(assembly.manifest.artifacts.find((a) => a.file === 'compose.yaml')).toMatchObject({
      type: 'compose:project',
      constructPath: 'prod/compose',
      config: 'prod.yaml',
    });
  });

  it('adds Postgres when the config reads DATABASE_URL, and Redis when it has Redis settings, each awaited healthy', () => {
    const { document } = composeOf({ database: true, redis: true, masterKey: true });
    expect(Object.keys(document.services)).toEqual(['litellm', 'postgres', 'redis']);
    expect(document.services.litellm.depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
    });
    expect(document.services.litellm.environment).toEqual({ REDIS_HOST: 'redis', REDIS_PORT: '6379' });
    expect(document.services.postgres.healthcheck.test).toEqual(['CMD-SHELL', 'pg_isready -U litellm -d litellm']);
    expect(document.services.postgres.env_file).toEqual(['../.env']);
    expect(document.volumes).toEqual({ 'postgres-data': {} });
    // The Redis password comes from the variable the config names, expanded in the container, never written here.
    expect(document.services.redis.command).toEqual(['sh', '-c', 'exec redis-server --requirepass "$$REDIS_PASSWORD"']);
    expect(document.services.redis.healthcheck.test[1]).toBe(
      'redis-cli -a "$$REDIS_PASSWORD" --no-auth-warning ping | grep -q PONG',
    );
  });

  it('starts only the proxy when the config needs neither, and Redis for a Redis cache too', () => {
    expect(Object.keys(composeOf({ masterKey: true }).document.services)).toEqual(['litellm']);
    const cached = composeOf({}, (prod) => {
      new LitellmSettings(prod, 'settings', {
        cache: true,
        cache_params: { type: 'redis', host: Secret.env('CACHE_REDIS_HOST'), port: Secret.env('CACHE_REDIS_PORT') },
      });
    });
    expect(Object.keys(cached.document.services)).toEqual(['litellm', 'redis']);
    expect(cached.document.services.litellm.environment).toEqual({
      CACHE_REDIS_HOST: 'redis',
      CACHE_REDIS_PORT: '6379',
    });
    expect(cached.document.services.redis.command).toBeUndefined();
  });

  it('says in its header what the .env file needs for the services it starts, and matches the snapshot', async () => {
    const { text } = composeOf({ database: true, redis: true, masterKey: true });
    expect(text).toContain('# Run: copy prod.env.example to ../.env (beside this directory), fill it in, then');
    expect(text).toContain('#   DATABASE_URL=postgresql://litellm:<that password>@postgres:5432/litellm');
    expect(text).toContain('#   POSTGRES_PASSWORD=<a password of your choice>');
    expect(composeOf({ database: true, redis: true, masterKey: true }).text).toBe(text);
    await expect(text).toMatchFileSnapshot('__snapshots__/compose.yaml');
  });

  it('refuses a file name in another directory and a port that is not one', () => {
    const { prod } = testConfig();
    expect(() => new ComposeDeployment(prod, 'a', { fileName: '../compose.yaml' })).toThrow(
      "[prod/a] fileName '../compose.yaml' must be a plain .yaml file name",
    );
    expect(() => new ComposeDeployment(prod, 'b', { port: 70_000 })).toThrow(
      '[prod/b] port must be a port number (1-65535); got 70000.',
    );
  });
});
