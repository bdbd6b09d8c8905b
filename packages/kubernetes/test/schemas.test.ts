import { describe, expect, it } from 'vitest';
import { validateCompose, validateKubernetesObject } from './_schemas.js';

// The validators the other tests rely on must be able to fail.
describe('the schemas the tests validate against', () => {
  it('reject a Deployment whose replicas is not a number, and a kind the package does not write', () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'x' },
      spec: { replicas: 'three', selector: {}, template: { spec: { containers: [{ name: 'a' }] } } },
    };
    expect(() => validateKubernetesObject(deployment)).toThrow(/replicas must be integer/);
    expect(() => validateKubernetesObject({ apiVersion: 'v1', kind: 'Pod' })).toThrow(/No schema for v1\/Pod/);
  });

  it('reject a Compose file with an unknown service key, a bad duration or a bad depends_on condition', () => {
    expect(() => validateCompose({ services: { a: { image: 'x', imagee: 'y' } } })).toThrow(/Not a valid Compose file/);
    expect(() => validateCompose({ services: { a: { image: 'x', healthcheck: { interval: 'often' } } } })).toThrow(
      /Not a valid Compose file/,
    );
    expect(() =>
      validateCompose({ services: { a: { image: 'x', depends_on: { b: { condition: 'service_ready' } } } } }),
    ).toThrow(/Not a valid Compose file/);
    expect(() => validateCompose({ services: { a: { image: 'x', ports: ['4000:four'] } } })).toThrow(
      /must match format "ports"/,
    );
    expect(() =>
      validateCompose({
        services: { a: { image: 'x', healthcheck: { interval: '1m30s' }, ports: ['127.0.0.1:4000:4000/tcp', '8080'] } },
      }),
    ).not.toThrow();
  });
});
