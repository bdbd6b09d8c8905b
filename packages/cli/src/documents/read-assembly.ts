import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Manifest, ProxyConfigArtifact, TreeNode, ValidationReport } from '@litellm-cdk/core';
import { CliError } from '../exit-codes.js';
import { parseJsonText } from './json-file.js';
import { fastLoad } from '../validate/_fast-load.js';
import { fastLocate } from '../validate/_fast-locate.js';
import type { FastReader } from '../validate/config-source.js';
import { parseConfigText, type ConfigDocument } from './config-document.js';

/**
 * Configs synth wrote hold plain YAML, which the fast reader reads several times faster than the document reader
 * (a summary of the reference app's config took a tenth of a second); the document reader still reads any it declines.
 */
const FAST_READER: FastReader = { load: fastLoad, locate: fastLocate };

/** One config of an assembly on disk. */
export interface AssemblyConfigFile {
  /** The file name inside the assembly (`prod.yaml`). */
  readonly file: string;
  /** The construct path of its `ProxyConfig`. */
  readonly constructPath: string;
  /** Absolute path of the file. */
  readonly path: string;
  /** The files it includes. */
  readonly includes: readonly string[];
  /** Parsed when first read. */
  readonly document: ConfigDocument;
}

/** An assembly directory as written by synth: manifest, configs (parsed), validation report and tree. */
export interface AssemblyOnDisk {
  readonly directory: string;
  readonly manifest: Manifest;
  readonly configs: readonly AssemblyConfigFile[];
  readonly report: ValidationReport | undefined;
  readonly tree: TreeNode | undefined;
}

/** Whether `directory` holds an assembly (it has a `manifest.json`). */
export function isAssemblyDirectory(directory: string): boolean {
  return fs.existsSync(path.join(directory, 'manifest.json'));
}

/**
 * Reads the assembly in `directory`. A directory without `manifest.json`, or a manifest naming a file that is not
 * there, is a `CliError`: the reader never guesses.
 */
export function readAssembly(directory: string): AssemblyOnDisk {
  const manifestFile = path.join(directory, 'manifest.json');
  if (!fs.existsSync(manifestFile)) {
    throw new CliError('usage', `${directory} is not a litellm-cdk assembly: it has no manifest.json.`, {
      hint: 'Point at the output directory of `litellm-cdk synth`, or at a config .yaml file.',
    });
  }
  const manifest = readJson<Manifest>(manifestFile);
  // Other artifacts (Kubernetes manifests, a Compose file) are made from the configs; they are not configs.
  // (Compared by type, not with core's isProxyConfigArtifact, so that reading an assembly does not load core.)
  const configs = manifest.artifacts
    .filter((a): a is ProxyConfigArtifact => a.type === 'litellm:proxy-config')
    .map((artifact): AssemblyConfigFile => {
      const file = path.join(directory, artifact.file);
      if (!fs.existsSync(file))
        throw new CliError('usage', `${manifestFile} lists ${artifact.file}, which is missing; synthesize again.`);
      // Read now (the directory may be written again before the document is used), parsed when first used: a synth
      // that prints only problems never needs it.
      const text = fs.readFileSync(file, 'utf8');
      let document: ConfigDocument | undefined;
      return {
        file: artifact.file,
        constructPath: artifact.constructPath,
        path: file,
        includes: artifact.includes,
        get document() {
          document ??= parseConfigText(text, file, FAST_READER);
          return document;
        },
      };
    });
  const report = readOptionalJson<ValidationReport>(
    path.join(directory, manifest.validationReport ?? 'validation-report.json'),
  );
  const tree = readOptionalJson<{ tree: TreeNode }>(path.join(directory, manifest.tree ?? 'tree.json'))?.tree;
  return { directory, manifest, configs, report, tree };
}

function readJson<T>(file: string): T {
  return parseJsonText(fs.readFileSync(file, 'utf8'), file).value as T;
}

function readOptionalJson<T>(file: string): T | undefined {
  return fs.existsSync(file) ? readJson<T>(file) : undefined;
}
