import {
  CONTEXT_ENV,
  FAILURE_REPORT_ENV,
  OUTDIR_ENV,
  PHASE_EVENT_LINE_PREFIX as CORE_PREFIX,
  PHASE_EVENTS_ENV,
  STRICT_ENV,
} from '@litellm-cdk/core';
import { describe, expect, it } from 'vitest';
import { APP_ENVIRONMENT, appEnvironment, PHASE_EVENT_LINE_PREFIX } from '../src/synth/run-app.js';

describe('APP_ENVIRONMENT', () => {
  it("names the same environment variables core's App reads", () => {
    expect(APP_ENVIRONMENT).toEqual({
      outdir: OUTDIR_ENV,
      strict: STRICT_ENV,
      context: CONTEXT_ENV,
      failureReport: FAILURE_REPORT_ENV,
      phaseEvents: PHASE_EVENTS_ENV,
    });
    expect(PHASE_EVENT_LINE_PREFIX).toBe(CORE_PREFIX);
  });
});

describe('appEnvironment', () => {
  it("drops the CLI's own variables left in the shell, keeps the others, and sets what the command line decides", () => {
    const inherited = {
      HOME: '/home/me',
      LITELLM_CDK_STRICT: '1',
      LITELLM_CDK_OUTDIR: '/elsewhere',
      LITELLM_CDK_CONTEXT: '{"x":1}',
    };
    expect(appEnvironment(inherited, { [APP_ENVIRONMENT.strict]: '0', [APP_ENVIRONMENT.outdir]: '/out' })).toEqual({
      HOME: '/home/me',
      LITELLM_CDK_STRICT: '0',
      LITELLM_CDK_OUTDIR: '/out',
    });
  });
});
