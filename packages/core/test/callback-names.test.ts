import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedMaterial } from '../../../test-support/shared-material.js';
import {
  DEFAULT_OUT_DIR,
  GENERATED_FILE,
  generateCallbacks,
  renderCallbackNames,
} from '../scripts/generate-callbacks.js';

const data = {
  source: 'LiteLLM v9.1.2 (BerriAI/litellm commit abcdef1234567)',
  'litellm_settings.callbacks': { known_names: ['otel', 'datadog', 'otel'], special_names: ['presidio'] },
  premium_or_enterprise_callbacks: ['hide_secrets'],
};

describe('the callback names generator', () => {
  it('renders sorted, de-duplicated names and the version, without a timestamp', () => {
    const source = renderCallbackNames(data);
    expect(source).toContain("CALLBACK_NAMES_VERSION: string = 'v9.1.2'");
    expect(source).toContain("export const KNOWN_CALLBACK_NAMES = [\n  'datadog',\n  'otel',\n] as const;");
    expect(renderCallbackNames(data)).toBe(source);
  });

  it('refuses data without a version or with names that are not plain', () => {
    expect(() => renderCallbackNames({ ...data, source: 'LiteLLM' })).toThrow(/version/);
    expect(() => renderCallbackNames({ ...data, premium_or_enterprise_callbacks: ["x'; evil"] })).toThrow(
      /not a plain callback name/,
    );
  });

  it('fails clearly when the data file is absent, naming --from', () => {
    expect(() => generateCallbacks({ from: join(tmpdir(), 'no-such-callbacks.json') })).toThrow(/--from/);
  });

  const litellmData = sharedMaterial('data/litellm_callbacks.json', 'regenerating the committed callback names');
  it.skipIf(litellmData === undefined)(
    'regenerates the committed file byte for byte from LiteLLM v1.81.13 data',
    () => {
      const outDir = mkdtempSync(join(tmpdir(), 'callbacks-'));
      const written = generateCallbacks({ from: litellmData!, outDir });
      expect(readFileSync(written, 'utf8')).toBe(readFileSync(join(DEFAULT_OUT_DIR, GENERATED_FILE), 'utf8'));
    },
  );
});
