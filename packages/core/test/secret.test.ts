import { describe, expect, it } from 'vitest';
import { Secret } from '../src/index.js';

describe('Secret', () => {
  it('renders an environment variable as os.environ/NAME', () => {
    expect(Secret.env('OPENAI_API_KEY').render()).toBe('os.environ/OPENAI_API_KEY');
    expect(`${Secret.env('X')}`).toBe('os.environ/X');
    expect(JSON.stringify({ k: Secret.env('X') })).toBe('{"k":"os.environ/X"}');
  });

  it('renders an OIDC token reference', () => {
    expect(Secret.oidc('google', 'https://example.com').render()).toBe('oidc/google/https://example.com');
  });

  it('parses the references LiteLLM reads, and nothing else', () => {
    expect(Secret.fromReference('os.environ/A_B')).toMatchObject({ kind: 'env', name: 'A_B' });
    expect(Secret.fromReference('oidc/azure/api://x')?.render()).toBe('oidc/azure/api://x');
    expect(Secret.fromReference('sk-1234')).toBeUndefined();
  });

  it('is recognised across copies of the library by its brand', () => {
    const copy = Object.create({}, { [Symbol.for('@litellm-cdk/core.Secret')]: { value: true } });
    expect(Secret.isSecret(copy)).toBe(true);
    expect(Secret.isSecret('os.environ/X')).toBe(false);
  });
});
