import { describe, expect, it } from 'vitest';
import { App, ModelDeployment, ModelGroup, ProxyConfig, Router, Secret } from '../src/index.js';

function config(): ProxyConfig {
  return new ProxyConfig(new App({ outdir: '/nonexistent/never-written' }), 'prod');
}

describe('misuse of the API is reported on the construct, with the bad value', () => {
  it.each([
    ['an empty id', '', "[prod/''] Invalid ModelGroup id '': an id must not be empty or blank"],
    ['a blank id', '  ', "[prod/'  '] Invalid ModelGroup id '  ': an id must not be empty or blank"],
    ['an id with a slash', 'a/b', "[prod/'a/b'] Invalid ModelGroup id 'a/b': an id must not contain '/'"],
    [
      'an id with a newline',
      'a\nb',
      "[prod/'a\\nb'] Invalid ModelGroup id 'a\\nb': an id must not contain control characters",
    ],
    ['a number as id', 42, '[prod/42] Invalid ModelGroup id 42: an id must be a string, not number'],
    [
      'a Secret as id',
      Secret.env('X'),
      '[prod/Secret(os.environ/X)] Invalid ModelGroup id Secret(os.environ/X): a Secret cannot be an id',
    ],
  ])('names the path and the value for %s', (_name, id, message) => {
    expect(() => new ModelGroup(config(), id as string)).toThrow(message);
  });

  it('checks the ids of configs, routers and L1 elements the same way', () => {
    const app = new App({ outdir: '/nonexistent/never-written' });
    expect(() => new ProxyConfig(app, '')).toThrow("[''] Invalid ProxyConfig id ''");
    expect(() => new Router(config(), '')).toThrow("[prod/''] Invalid Router id ''");
    expect(
      () => new ModelDeployment(config(), '', { model_name: 'm', litellm_params: { model: 'openai/gpt-4o' } }),
    ).toThrow("[prod/''] Invalid ModelDeployment id ''");
  });

  it('refuses a Secret as the model, naming the construct', () => {
    const group = new ModelGroup(config(), 'gpt');
    expect(() =>
      group.addDeployment('a', { litellmParams: { model: Secret.env('MODEL') as unknown as string } }),
    ).toThrow(
      '[prod/gpt/a] litellm_params.model must be a plain string, but a Secret (os.environ/MODEL) was given: write the value itself',
    );
  });

  it('refuses a Secret as a group modelName and as a model set later', () => {
    expect(() => new ModelGroup(config(), 'g', { modelName: Secret.env('NAME') as unknown as string })).toThrow(
      '[prod/g] modelName must be a plain string, but a Secret (os.environ/NAME) was given',
    );
    const deployment = new ModelGroup(config(), 'g').addDeployment('a', { litellmParams: { model: 'openai/gpt-4o' } });
    expect(() => deployment.setParam('model', 42)).toThrow(
      '[prod/g/a] litellm_params.model must be a plain string, but a number was given: pass a string.',
    );
  });

  it("reports Secret.env('') at synth on the construct that uses it, with the bad name", () => {
    const prod = config();
    new ModelGroup(prod, 'g').addDeployment('a', {
      litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('') },
    });
    expect(() => (prod.node.root as App).synth()).toThrow(
      /\[prod\/g\/a\] core\/invalid-env-var-name: .*'' is not a valid environment variable name/,
    );
  });
});
