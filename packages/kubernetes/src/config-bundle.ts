import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  mergeIncludes,
  type ArtifactContext,
  type Assembly,
  type AssemblyConfig,
  type AssemblyModule,
  type Manifest,
  type ProxyConfigArtifact,
} from '@litellm-cdk/core';
import { parse } from 'yaml';

/** A file the proxy loads, by its path relative to the main config. */
export interface BundleFile {
  readonly path: string;
  readonly content: string;
}

/**
 * Everything a running proxy needs from an assembly for one config: the config file, the files it includes and the
 * custom modules they load (side by side, as synth wrote them), and the environment variables they reference — the
 * names of its `.env.example`, never values.
 *
 * ```ts
 * const bundle = ConfigBundle.fromDirectory('litellm.out', 'prod');   // after `litellm-cdk synth`
 * const bundle = ConfigBundle.fromAssembly(app.synth(), 'prod');       // in the same program
 * ```
 */
export class ConfigBundle {
  /** The bundle of the config `nameOrPath` (file name or construct path) of an assembly in memory. */
  public static fromAssembly(assembly: Assembly, nameOrPath: string): ConfigBundle {
    const modules = (assembly.manifest.modules ?? []).map((m): AssemblyModule => {
      const file = assembly.files.find((f) => f.name === m.file);
      if (!file) throw new Error(`The assembly lists the custom module ${m.file} but has no such file.`);
      return { file: m.file, content: file.content, usedBy: m.usedBy };
    });
    return ConfigBundle._fromContext(
      { configs: assembly.configs, getConfig: (name) => assembly.getConfig(name), modules },
      nameOrPath,
    );
  }

  /**
   * The bundle of the config `nameOrPath` (file name such as `prod.yaml`, or construct path) of the assembly
   * `litellm-cdk synth` wrote to `directory`.
   * @throws when the directory holds no assembly, the config is not in it, or a file it lists is missing
   */
  public static fromDirectory(directory: string, nameOrPath: string): ConfigBundle {
    const manifestFile = path.join(directory, 'manifest.json');
    if (!fs.existsSync(manifestFile)) {
      throw new Error(
        `${directory} holds no litellm-cdk assembly (no manifest.json): run \`litellm-cdk synth\` first, or point at its output directory.`,
      );
    }
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
    const read = (file: string): string => {
      const full = path.join(directory, file);
      if (!fs.existsSync(full)) throw new Error(`${manifestFile} lists ${file}, which is missing; synthesize again.`);
      return fs.readFileSync(full, 'utf8');
    };
    const artifacts = manifest.artifacts.filter((a): a is ProxyConfigArtifact => a.type === 'litellm:proxy-config');
    const configs = artifacts.map((a): AssemblyConfig => {
      const yaml = read(a.file);
      return {
        constructPath: a.constructPath,
        file: a.file,
        environmentFile: a.environmentFile,
        path: path.resolve(directory, a.file),
        yaml,
        sha256: a.sha256,
        document: (parse(yaml) ?? {}) as Record<string, unknown>,
        includes: a.includes,
        environmentVariables: variablesOfEnvironmentFile(read(a.environmentFile)).map((name) => ({
          name,
          usedBy: [],
          uses: 1,
        })),
      };
    });
    const getConfig = (name: string): AssemblyConfig => {
      const found = configs.find((c) => c.file === name || c.constructPath === name);
      if (!found)
        throw new Error(
          `The assembly in ${directory} has no config '${name}'; it has: ${configs.map((c) => c.file).join(', ') || 'none'}.`,
        );
      return found;
    };
    const modules = (manifest.modules ?? []).map(
      (m): AssemblyModule => ({ file: m.file, content: read(m.file), usedBy: m.usedBy }),
    );
    return ConfigBundle._fromContext({ configs, getConfig, modules }, nameOrPath);
  }

  /** @internal The bundle of a config while synth assembles (an `AssemblyArtifacts` producer's context). */
  public static _fromContext(context: ArtifactContext, nameOrPath: string): ConfigBundle {
    const main = context.getConfig(nameOrPath);
    const included = main.includes.map((file) => context.getConfig(file));
    const configFiles = new Set([main.file, ...main.includes]);
    const modules = context.modules.filter((m) => m.usedBy.some((file) => configFiles.has(file)));
    const files = [
      ...[main, ...included].map((c) => ({ path: c.file, content: c.yaml })),
      ...modules.map((m) => ({ path: m.file, content: m.content })),
    ];
    const variables = new Set([main, ...included].flatMap((c) => c.environmentVariables.map((v) => v.name)));
    const merged = mergeIncludes(
      { file: main.file, content: main.document },
      included.map((c) => ({ file: c.file, content: c.document })),
    );
    return new ConfigBundle(
      main.file,
      main.constructPath,
      sortByPath(files),
      [...variables].sort(),
      merged.content as Record<string, unknown>,
    );
  }

  /**
   * @internal A bundle of what a config will render to while synth still runs (aspects): its document and
   * variables, without file contents.
   */
  public static _fromPreview(
    configFile: string,
    constructPath: string,
    document: Readonly<Record<string, unknown>>,
    environmentVariables: readonly string[],
  ): ConfigBundle {
    return new ConfigBundle(configFile, constructPath, [], [...environmentVariables].sort(), document);
  }

  private constructor(
    /** The main config's file name, e.g. `prod.yaml`: the proxy's `--config`. */
    public readonly configFile: string,
    /** The construct path of the main config's `ProxyConfig`. */
    public readonly constructPath: string,
    /** The config, its included files and custom modules, sorted by path. */
    public readonly files: readonly BundleFile[],
    /** Every environment variable the files reference, sorted: exactly the names of their `.env.example` files. */
    public readonly environmentVariables: readonly string[],
    /** The config as LiteLLM loads it: the main document merged with its includes. */
    public readonly document: Readonly<Record<string, unknown>>,
  ) {}

  /** sha256 over every file's path and content: changes whenever anything the proxy loads changes. */
  public get sha256(): string {
    const hash = createHash('sha256');
    for (const file of this.files) hash.update(`${file.path}\u0000${file.content}\u0000`);
    return hash.digest('hex');
  }
}

/** The variable names of a `.env.example` file: its `NAME=` lines. */
function variablesOfEnvironmentFile(text: string): string[] {
  return text
    .split('\n')
    .map((line) => /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
}

function sortByPath(files: readonly BundleFile[]): BundleFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
