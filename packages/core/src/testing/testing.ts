import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import type { IConstruct } from 'constructs';
import { existingConstructState, setConstructState } from '../tree/_construct-state.js';
import { App, type AppProps } from '../tree/app.js';
import type { ProxyConfig } from '../tree/proxy-config.js';
import type { Assembly } from '../synth/assembly.js';
import { synthesize } from '../synth/synthesize.js';
import { checkEnvironment, type Environment, readEnvFile } from '../preflight/check-environment.js';
import type { ConfigFinding } from '../validation/finding.js';
import { ConfigTemplate } from './config-template.js';

/** The in-memory synth of an app, kept on its root construct (`Testing.synthApp` synthesizes a tree once). */
interface TestSynth {
  readonly strict: boolean;
  readonly assembly: Assembly;
}

const TEST_SYNTH = 'Testing.synth';

/** Helpers for unit tests of apps, providers and aspects (cdk8s's `Testing`). */
export class Testing {
  /**
   * An app for tests: a fixed name, not strict unless asked, and an output directory of its own in the temporary
   * directory (created only if the test calls `app.synth()`, which writes; `Testing.synth` writes nothing).
   */
  public static app(props: AppProps = {}): App {
    return new App({
      outdir: props.outdir ?? path.join(os.tmpdir(), `litellm-cdk-test-${randomUUID()}`),
      name: props.name ?? 'test',
      strict: props.strict ?? false,
      context: props.context ?? {},
    });
  }

  /**
   * Synthesizes the app `scope` belongs to in memory (nothing is written) and returns the assembly.
   * Throws `SynthesisError` like `app.synth()`. Repeated calls return the same assembly.
   */
  public static synthApp(scope: IConstruct, options: { readonly strict?: boolean } = {}): Assembly {
    const root = scope.node.root;
    const app = App.isApp(root) ? root : undefined;
    const cached = existingConstructState<TestSynth>(root, TEST_SYNTH);
    if (cached) {
      if (options.strict !== undefined && cached.strict !== options.strict) {
        throw new Error(
          `This app was already synthesized with strict=${cached.strict}; a tree is synthesized once. Create it with Testing.app({ strict: ${options.strict} }).`,
        );
      }
      return cached.assembly;
    }
    const strict = options.strict ?? app?.strict ?? false;
    const assembly = synthesize(root, {
      outdir: app?.outdir ?? 'litellm.out',
      strict,
      write: false,
      appName: app?.name ?? 'test',
    });
    setConstructState<TestSynth>(root, TEST_SYNTH, { strict, assembly });
    return assembly;
  }

  /** The config document `config` synthesizes to, as plain data (what LiteLLM would parse). */
  public static synth(config: ProxyConfig): Record<string, unknown> {
    return Testing.synthApp(config).getConfig(config.node.path).document as Record<string, unknown>;
  }

  /** The YAML text `config` synthesizes to. */
  public static synthYaml(config: ProxyConfig): string {
    return Testing.synthApp(config).getConfig(config.node.path).yaml;
  }

  /**
   * The environment preflight of `config` (merged with the configs it includes): what `litellm-cdk validate
   * --env-file` reports, for the variables of `envFile` (a `.env` file) with `env` over them.
   *
   * ```ts
   * expect(Testing.checkEnvironment(prod, { envFile: '.env.staging' })).toEqual([]);
   * ```
   */
  public static checkEnvironment(
    config: ProxyConfig,
    options: { readonly envFile?: string; readonly env?: Environment },
  ): ConfigFinding[] {
    const assembly = Testing.synthApp(config);
    const main = assembly.getConfig(config.node.path);
    const includes = main.includes.map((file) => ({ file, content: assembly.getConfig(file).document }));
    const variables = { ...(options.envFile !== undefined ? readEnvFile(options.envFile) : {}), ...options.env };
    return checkEnvironment({ file: main.file, content: main.document }, { includes, env: variables });
  }

  /** Assertions over the synthesized config: groups, deployments, fallbacks, aliases, settings. */
  public static template(config: ProxyConfig): ConfigTemplate {
    return ConfigTemplate.fromDocument(Testing.synth(config));
  }
}
