// Runs generated apps in-process: each is written to a throwaway project whose node_modules link to this workspace's
// packages and imported like any module, so dozens of apps share one loaded copy of core and stay fast. (The
// end-to-end test runs one app the way users do, through the binary and tsx.)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConfigCorpus } from '../../../test-support/config-corpus.js';
import { loadConfigYaml } from '../src/validate/pyyaml-parse.js';
import { linkWorkspaceModules, temporaryDirectory } from './e2e/_harness.js';

export {
  acceptedFiles,
  type ConfigCorpus,
  configCorpora,
  FIXTURE_CONFIGS,
} from '../../../test-support/config-corpus.js';

/** The product's own fixture configs. */
export const FIXTURES = path.resolve(import.meta.dirname, '../../../test-support/litellm-configs');

/** What running a generated app wrote. */
export interface SynthesizedApp {
  /** Each config file of the assembly, parsed as LiteLLM parses it. */
  readonly documents: Readonly<Record<string, unknown>>;
  /** `validation-report.json`. */
  readonly report: {
    readonly conclusion: string;
    readonly findings: readonly { severity: string; id: string; path: string; acknowledged?: { reason: string } }[];
    readonly acknowledgements: readonly { id: string; path: string; reason: string; matched: number }[];
  };
  /** The custom modules the assembly holds beside its configs, by path: their text. */
  readonly modules: Readonly<Record<string, string>>;
}

/** A project directory in which generated apps run. */
export class ImportWorkspace {
  public readonly dir = temporaryDirectory('litellm-cdk-import-');
  private count = 0;

  public constructor() {
    linkWorkspaceModules(this.dir, [
      '@litellm-cdk/core',
      '@litellm-cdk/bedrock',
      '@litellm-cdk/gemini',
      '@litellm-cdk/openai',
      '@litellm-cdk/anthropic',
    ]);
    fs.writeFileSync(
      path.join(this.dir, 'package.json'),
      JSON.stringify({ name: 'imported', private: true, type: 'module' }),
    );
  }

  /** Copies files into the workspace (configs with their includes, for `import`). */
  public write(name: string, content: string): string {
    const file = path.join(this.dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  }

  /**
   * Writes the imported app module and its main file, and runs it with synth in strict mode (unacknowledged warnings fail), returning
   * the assembly's configs and report.
   */
  public async synthesize(imported: {
    readonly source: string;
    main(moduleFile: string): string;
  }): Promise<SynthesizedApp> {
    const name = `app${++this.count}`;
    this.write(`${name}.ts`, imported.source);
    const file = this.write(`${name}.main.ts`, imported.main(`${name}.ts`));
    const outdir = path.join(this.dir, `${name}.out`);
    const saved = { outdir: process.env.LITELLM_CDK_OUTDIR, strict: process.env.LITELLM_CDK_STRICT };
    process.env.LITELLM_CDK_OUTDIR = outdir;
    process.env.LITELLM_CDK_STRICT = '1';
    try {
      await import(pathToFileURL(file).href);
    } finally {
      restore('LITELLM_CDK_OUTDIR', saved.outdir);
      restore('LITELLM_CDK_STRICT', saved.strict);
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as {
      artifacts: { file: string }[];
      modules?: { file: string }[];
    };
    const documents = Object.fromEntries(
      manifest.artifacts.map(({ file: config }) => [
        config,
        loadConfigYaml(fs.readFileSync(path.join(outdir, config), 'utf8')),
      ]),
    );
    const report = JSON.parse(
      fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'),
    ) as SynthesizedApp['report'];
    const modules = Object.fromEntries(
      (manifest.modules ?? []).map(({ file: module }) => [module, fs.readFileSync(path.join(outdir, module), 'utf8')]),
    );
    return { documents, report, modules };
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** A corpus file parsed as LiteLLM parses it. */
export function loadCorpusFile(corpus: ConfigCorpus, name: string): unknown {
  return loadConfigYaml(fs.readFileSync(path.join(corpus.dir, name), 'utf8'));
}
