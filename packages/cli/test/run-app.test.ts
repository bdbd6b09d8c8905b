import { CONTEXT_ENV, FAILURE_REPORT_ENV, OUTDIR_ENV, STRICT_ENV } from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { APP_ENVIRONMENT } from '../src/synth/run-app.js';

describe('APP_ENVIRONMENT', () => {
  it("names the same environment variables core's App reads", () => {
    expect(APP_ENVIRONMENT).toEqual({ outdir: OUTDIR_ENV, strict: STRICT_ENV, context: CONTEXT_ENV, failureReport: FAILURE_REPORT_ENV });
  });
});
