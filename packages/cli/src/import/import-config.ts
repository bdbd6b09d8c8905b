import * as fs from 'node:fs';
import * as path from 'node:path';
import { type ConfigFinding, isConfigFileName, validateConfig } from '@litellm-cdk/core';
import { CliError } from '../exit-codes.js';
import { ConfigSource } from '../validate/config-source.js';
import { acknowledgeFindings, type ImportedAcknowledgement } from './acknowledgements.js';
import type { ConfigPlan } from './app-plan.js';
import { ConfigPlanBuilder } from './config-plan-builder.js';
import { ImportContext, type NotImportedGroup, UnsupportedValueError } from './import-context.js';
import { camelCase } from './names.js';
import { planModelList } from './plan-model-list.js';
import { planRouterSettings } from './plan-router.js';
import { planConfigSection, planSection } from './plan-sections.js';
import type { ProviderImporter } from '@litellm-cdk/core';
import { type ImportedModuleFile, planCustomModules } from './plan-custom-modules.js';
import { isMapping } from './provider-mapping.js';
import { writeApp } from './write-app.js';
import { filesBeside } from '../validate/validate-config-files.js';

/** What `litellm-cdk import` produced. */
export interface ImportedApp {
  /**
   * The TypeScript source of the app: a module whose exported function (`functionName`) builds the configs in an
   * `App` it is given, so that tests can call it with `Testing.app()`.
   */
  readonly source: string;
  /** The name of the function `source` exports. */
  readonly functionName: string;
  /** The source of a `main.ts` that runs it: `new App()`, the function, `app.synth()`. */
  readonly main: (moduleFile: string) => string;
  /** Groups an importer recognised but kept as plain deployments, because its constructs would write them differently. */
  readonly notImported: readonly NotImportedGroup[];
  /** The config files the app writes: the main file's name first, then the included ones. */
  readonly files: readonly string[];
  /** The acknowledgements the app carries for problems of the original files. */
  readonly acknowledgements: readonly ImportedAcknowledgement[];
  /**
   * `include:` entries kept as written, whose content the app does not hold (an entry in a subfolder, or one that
   * does not parse to a mapping), each with whether the file exists beside the imported config.
   */
  readonly keptIncludes: readonly KeptInclude[];
  /**
   * The Python modules the config names that exist beside it: the app reads them with `CustomModule.fromFile()` from
   * `ImportOptions.moduleDirectory`, so they must be there when synth runs.
   */
  readonly moduleFiles: readonly ImportedModuleFile[];
}

/** An `include:` entry the import keeps as a literal path instead of turning it into a config of the app. */
export interface KeptInclude {
  /** The path as written in `include:`. */
  readonly entry: string;
  /** Whether the file exists (relative to the imported config). */
  readonly exists: boolean;
}

/** Options of {@link importConfig}. */
export interface ImportOptions {
  /**
   * The importers of the provider packages whose constructs may express deployments (`discoverImporters()` finds
   * those installed).
   * @default - none: every group becomes a `ModelGroup` with plain deployments
   */
  readonly importers?: readonly ProviderImporter[];
  /**
   * Where the app finds the Python modules the config names (see `ImportedApp.moduleFiles`), relative to the
   * directory synth runs in.
   * @default - the imported config's directory, relative to the current directory
   */
  readonly moduleDirectory?: string;
}

/**
 * Turns a LiteLLM config (and the files its `include:` list names, each becoming a `ProxyConfig` of its own) into
 * the source of an app whose synth writes the same config, key order aside.
 * @throws `CliError` when a file cannot be read or parsed, or holds a value no app can reproduce
 */
export function importConfig(configPath: string, options: ImportOptions = {}): ImportedApp {
  const main = readSource(configPath);
  const mainFileName = fileNameFor(path.basename(configPath));
  const includes = includedSources(main, mainFileName);
  const keptIncludes = includes.length === 0 ? keptIncludesOf(main) : [];
  // LiteLLM looks for module files beside the main config, included files' references too.
  const configDirectory = path.dirname(main.absolutePath);
  const moduleFiles = filesBeside(main.absolutePath);
  const findings = validateConfig(
    { file: mainFileName, content: main.content },
    { includes: includes.map(({ entry, source }) => ({ file: entry, content: source.content })), moduleFiles },
  );
  const context = new ImportContext();
  const moduleDirectory = (options.moduleDirectory ?? path.relative(process.cwd(), configDirectory))
    .split(path.sep)
    .join('/');
  const copiedModules: ImportedModuleFile[] = [];
  const withModules = (content: unknown): Record<string, unknown> => {
    const planned = planCustomModules(
      context,
      content as Record<string, unknown>,
      configDirectory,
      moduleFiles,
      moduleDirectory,
    );
    copiedModules.push(...planned.files.filter((file) => !copiedModules.some((copied) => copied.file === file.file)));
    return planned.document;
  };
  try {
    const mainPlan = new ConfigPlanBuilder(
      context,
      main.displayName,
      mainFileName,
      configIdOf(mainFileName),
      'config',
      withModules(main.content),
    );
    const builders = [
      mainPlan,
      ...includes.map(({ entry, source }) => {
        const id = configIdOf(entry);
        return new ConfigPlanBuilder(
          context,
          source.displayName,
          entry,
          id,
          context.variables.claim(camelCase(`${id} config`, 'included')),
          withModules(source.content),
        );
      }),
    ];
    const importers = options.importers ?? [];
    for (const builder of builders) {
      planSections(builder, findings, mainFileName, importers, builder === mainPlan && includes.length > 0);
    }
    const routing: string[] = [];
    const plans = builders.map((b) => b.plan);
    for (const builder of builders) {
      const settings = builder.plan.document.router_settings;
      if (!('router_settings' in builder.plan.document)) continue;
      const findGroup = (name: string) =>
        builder.plan.groups.get(name) ?? plans.map((p) => p.groups.get(name)).find(Boolean);
      planRouterSettings(builder, settings, findGroup, routing);
    }
    const acknowledgements = [...context.acknowledgedOnImport];
    acknowledgements.push(
      ...acknowledgeFindings(plans, findings, mainFileName, (finding) =>
        finding.id === 'core/missing-include' && keptIncludes.length > 0
          ? keptIncludeReason(keptIncludes, path.basename(configPath))
          : undefined,
      ),
    );
    const functionName = camelCase(`${configIdOf(mainFileName)} app`, 'configApp');
    const source = writeAppSource(context, plans, routing, acknowledgements.length, functionName);
    return {
      source,
      functionName,
      main: (moduleFile) => mainSource(functionName, moduleFile),
      notImported: context.notImported,
      files: plans.map((p) => p.fileName),
      acknowledgements,
      keptIncludes,
      moduleFiles: copiedModules,
    };
  } catch (error) {
    if (error instanceof UnsupportedValueError) throw new CliError('usage', error.message);
    throw error;
  }
}

function planSections(
  builder: ConfigPlanBuilder,
  findings: readonly ConfigFinding[],
  mainFileName: string,
  importers: readonly ProviderImporter[],
  includesAreConfigs: boolean,
): void {
  const file = builder.plan.fileName;
  const hasFindings = (index: number) =>
    findings.some(
      (f) =>
        f.severity !== 'info' && (f.file ?? mainFileName) === file && f.path[0] === 'model_list' && f.path[1] === index,
    );
  for (const [key, value] of Object.entries(builder.plan.document)) {
    if (key === 'router_settings' || (key === 'include' && includesAreConfigs)) continue;
    // Only mappings can be deployments; a list holding anything else is kept whole.
    if (key === 'model_list' && Array.isArray(value) && value.length > 0 && value.every(isMapping)) {
      planModelList(builder, value, { importers, hasFindings });
    } else if (key === 'model_list') {
      builder.blank();
      planConfigSection(builder, key, value);
    } else planSection(builder, key, value);
  }
}

function writeAppSource(
  context: ImportContext,
  plans: ConfigPlan[],
  routing: string[],
  acknowledged: number,
  functionName: string,
): string {
  return writeApp({
    context,
    plans,
    routing,
    functionName,
    header: [
      `Generated by \`litellm-cdk import\` from ${plans.map((p) => p.sourceName).join(', ')}.`,
      `Synthesizes the same config (key order aside)${acknowledged > 0 ? `; ${acknowledged === 1 ? '1 acknowledgement marks a problem' : `${acknowledged} acknowledgements mark problems`} the original has` : ''}.`,
    ],
  });
}

/** `main.ts`: runs the app function of `moduleFile` (a path relative to main.ts, without `./`) and synthesizes. */
function mainSource(functionName: string, moduleFile: string): string {
  const specifier = `./${moduleFile.replace(/\.ts$/, '.js')}`;
  return [
    `import { App } from '@litellm-cdk/core';`,
    `import { ${functionName} } from '${specifier}';`,
    '',
    'const app = new App();',
    `${functionName}(app);`,
    'app.synth();',
    '',
  ].join('\n');
}

/**
 * Reads the config file as `importConfig` does, so that a file it cannot import fails before anything else loads.
 * @throws `CliError` when the file is missing, does not parse, or holds no mapping
 */
export function assertImportable(configPath: string): void {
  readSource(configPath);
}

function readSource(file: string): ConfigSource {
  const absolute = path.resolve(file);
  if (!fs.existsSync(absolute) || !fs.statSync(absolute).isFile()) {
    throw new CliError('usage', `Config file '${file}' does not exist.`, {
      hint: 'Pass the path of a LiteLLM config.yaml.',
    });
  }
  const source = ConfigSource.read(absolute, file);
  const [problem] = source.syntaxProblems;
  if (problem) {
    throw new CliError('usage', `${file}:${problem.position.line}:${problem.position.column}: ${problem.message}`, {
      hint: `Fix the YAML first (litellm-cdk validate ${file} lists every problem).`,
    });
  }
  if (!isMapping(source.content)) {
    throw new CliError('usage', `${file} does not hold a mapping of config sections, so there is nothing to import.`);
  }
  return source;
}

/**
 * The included files that become `ProxyConfig`s: only when every `include:` entry is a plain file name beside the
 * main file that parses to a mapping; otherwise `include:` is kept as written and nothing else is read.
 */
function includedSources(main: ConfigSource, mainFileName: string): { entry: string; source: ConfigSource }[] {
  const include = (main.content as Record<string, unknown>).include;
  if (!Array.isArray(include) || include.length === 0) return [];
  const usable = include.every(
    (entry, index) =>
      typeof entry === 'string' &&
      isConfigFileName(entry) &&
      entry !== mainFileName &&
      include.indexOf(entry) === index &&
      fs.existsSync(path.join(path.dirname(main.absolutePath), entry)),
  );
  if (!usable) return [];
  const sources = (include as string[]).map((entry) => ({
    entry,
    source: ConfigSource.read(
      path.join(path.dirname(main.absolutePath), entry),
      path.join(path.dirname(main.displayName), entry),
    ),
  }));
  return sources.every(({ source }) => source.syntaxProblems.length === 0 && isMapping(source.content)) ? sources : [];
}

/** The `include:` entries of a main config whose includes could not be planned as configs. */
function keptIncludesOf(main: ConfigSource): KeptInclude[] {
  const include = (main.content as Record<string, unknown>).include;
  if (!Array.isArray(include)) return [];
  return include
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => ({ entry, exists: fs.existsSync(path.resolve(path.dirname(main.absolutePath), entry)) }));
}

/**
 * Why `core/missing-include` is acknowledged: the import kept `include:` as written. When the files exist the
 * reason says so, rather than letting the finding claim they are missing.
 */
function keptIncludeReason(kept: readonly KeptInclude[], mainFile: string): string {
  const existing = kept.filter((k) => k.exists).map((k) => k.entry);
  const lead = `imported as-is from ${mainFile}, whose include list is kept as written`;
  if (existing.length === 0) {
    return (
      `${lead}: its files become configs of the app only when every entry is a readable YAML file beside the ` +
      'main file, so keep them next to the synthesized config, or move them there and import again'
    );
  }
  return (
    `${lead}: ${existing.join(', ')} ${existing.length === 1 ? 'exists but is' : 'exist but are'} kept as a literal ` +
    'include (not imported), because the configs an app generates sit side by side in one directory; copy ' +
    `${existing.length === 1 ? 'it' : 'them'} to the same relative path next to the synthesized config, or move ` +
    `${existing.length === 1 ? 'it' : 'them'} beside ${mainFile} and import again`
  );
}

/** The file a `ProxyConfig` can write for `name`: itself when it fits, else a sanitised `.yaml` name. */
function fileNameFor(name: string): string {
  if (isConfigFileName(name)) return name;
  const stem = name
    .replace(/\.ya?ml$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${stem || 'config'}.yaml`;
}

/** The `ProxyConfig` id: the file name without its extension. */
function configIdOf(fileName: string): string {
  return fileName.replace(/\.ya?ml$/, '');
}
