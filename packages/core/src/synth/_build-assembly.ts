import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { IConstruct } from 'constructs';
import { describeShape, shapeAt } from '../preflight/variable-shapes.js';
import { ENV_REFERENCE_PREFIX } from '../secrets/secret.js';
import { ASSEMBLY_VERSION, GENERATOR, VERSION } from '../version.js';
import type {
  Assembly,
  AssemblyConfig,
  AssemblyFile,
  EnvironmentVariableUse,
  ExtensionArtifact,
  Manifest,
  ProxyConfigArtifact,
  TreeNode,
} from './assembly.js';
import { AssemblyArtifacts, type ArtifactContext } from './assembly-artifacts.js';
import { formatPath } from '../validation/document-paths.js';
import type { RenderedConfig } from './render-config.js';
import { MANIFEST_FILE, REPORT_FILE, TREE_FILE } from './_assembly-files.js';
import { ReportSections } from './report-sections.js';
import type { ValidationReport } from './validation-report.js';
import { emitYaml, type YamlMapping } from './yaml-emitter.js';

/** How many uses of one variable the assembly lists by construct path; the rest are counted. */
const MAX_LISTED_USES = 10;

/** Turns the rendered configs into the assembly's files, in memory. */
export function buildAssembly(
  root: IConstruct,
  appName: string,
  rendered: readonly RenderedConfig[],
  report: ValidationReport,
  outdir: string,
): Assembly {
  const configs = rendered.map((r) => buildConfig(r, appName, outdir));
  const tree = treeOf(root);
  const reportFiles = ReportSections.of(root)._produceFiles(report);
  const modules = modulesOf(rendered);
  const getConfig = (nameOrPath: string): AssemblyConfig => {
    const found = configs.find((c) => c.file === nameOrPath || c.constructPath === nameOrPath);
    if (!found)
      throw new Error(
        `The assembly has no config '${nameOrPath}'; it has: ${configs.map((c) => c.file).join(', ') || 'none'}.`,
      );
    return found;
  };
  const extensions = extensionArtifactsOf(
    root,
    { configs, getConfig, modules },
    new Set([
      ...configs.flatMap((c) => [c.file, c.environmentFile]),
      ...modules.map((m) => m.file),
      ...reportFiles.map((f) => f.name),
    ]),
  );
  const manifest: Manifest = {
    version: ASSEMBLY_VERSION,
    generator: { name: GENERATOR, version: VERSION },
    app: appName,
    artifacts: [
      ...configs.map(
        (c): ProxyConfigArtifact => ({
          id: c.file.replace(/\.ya?ml$/, ''),
          type: 'litellm:proxy-config',
          file: c.file,
          constructPath: c.constructPath,
          sha256: c.sha256,
          environmentFile: c.environmentFile,
          includes: c.includes,
        }),
      ),
      ...extensions.map((e) => e.artifact),
    ],
    modules: modules.map(({ file, sha256, usedBy }) => ({ file, sha256, usedBy })),
    tree: TREE_FILE,
    validationReport: REPORT_FILE,
    reports: reportFiles.map((f) => f.name),
  };
  const files: AssemblyFile[] = [
    { name: MANIFEST_FILE, content: json(manifest) },
    ...configs.flatMap((c) => [
      { name: c.file, content: c.yaml },
      { name: c.environmentFile, content: environmentFile(c) },
    ]),
    ...modules.map(({ file, content }) => ({ name: file, content })),
    { name: TREE_FILE, content: json({ version: ASSEMBLY_VERSION, tree }) },
    { name: REPORT_FILE, content: json(report) },
    ...reportFiles,
    ...extensions.map((e) => e.file),
  ];
  return {
    directory: outdir,
    manifest,
    configs,
    report,
    tree,
    files,
    getConfig,
  };
}

/** The files extensions registered (`AssemblyArtifacts`), produced from the finished configs. */
function extensionArtifactsOf(
  root: IConstruct,
  context: ArtifactContext,
  taken: ReadonlySet<string>,
): { artifact: ExtensionArtifact; file: AssemblyFile }[] {
  return AssemblyArtifacts.of(root)._registered.map(({ owner, file, produce }) => {
    if (taken.has(file))
      throw new Error(
        `[${owner.node.path}] Artifact file '${file}' is already a file of the assembly (a config, its .env.example, a custom module or a report); give the artifact another file name.`,
      );
    const produced = produce(context);
    const artifact: ExtensionArtifact = {
      id: owner.node.path.replace(/\//g, '-'),
      type: produced.type,
      file,
      constructPath: owner.node.path,
      sha256: createHash('sha256').update(produced.content).digest('hex'),
      config: produced.config,
    };
    return { artifact, file: { name: file, content: produced.content } };
  });
}

/** The custom modules of every config, each once by file (validation reports two sources for one file), sorted. */
function modulesOf(rendered: readonly RenderedConfig[]) {
  const byFile = new Map<string, { file: string; content: string; sha256: string; usedBy: string[] }>();
  for (const r of rendered) {
    for (const module of r.modules) {
      let entry = byFile.get(module.file);
      if (!entry) {
        const content = module.content();
        entry = { file: module.file, content, sha256: createHash('sha256').update(content).digest('hex'), usedBy: [] };
        byFile.set(module.file, entry);
      }
      if (!entry.usedBy.includes(r.file)) entry.usedBy.push(r.file);
    }
  }
  return [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The `.env.example` file of the config file `file`: `prod.yaml` gives `prod.env.example`. */
export function environmentFileName(file: string): string {
  return file.replace(/\.ya?ml$/, '.env.example');
}

function buildConfig(rendered: RenderedConfig, appName: string, outdir: string): AssemblyConfig {
  const constructPath = rendered.config.node.path;
  const header = [
    `Generated by ${GENERATOR} ${VERSION} from app '${appName}', config '${constructPath}'.`,
    `Do not edit: change the app and synthesize again.`,
  ];
  const yaml = emitYaml(rendered.document as YamlMapping, {
    header,
    comments: (p) =>
      p.length === 2 && p[0] === 'model_list' && typeof p[1] === 'number'
        ? rendered.modelListComments.get(p[1])
        : undefined,
  });
  return {
    constructPath,
    file: rendered.file,
    environmentFile: environmentFileName(rendered.file),
    path: path.join(outdir, rendered.file),
    yaml,
    sha256: createHash('sha256').update(yaml).digest('hex'),
    document: rendered.document,
    includes: rendered.config.includes.map((c) => c.fileName),
    environmentVariables: environmentVariablesOf(rendered),
  };
}

/** Every `os.environ/NAME` in the document with the constructs that use it (LiteLLM resolves mapping values only). */
function environmentVariablesOf(rendered: RenderedConfig): EnvironmentVariableUse[] {
  const uses = new Map<string, { usedBy: string[]; count: number; expects: string[] }>();
  // One mutable path for the walk; a copy is taken only for the few strings that are references.
  const at: (string | number)[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (!value.startsWith(ENV_REFERENCE_PREFIX)) return;
      const name = value.slice(ENV_REFERENCE_PREFIX.length);
      let use = uses.get(name);
      if (!use) {
        use = { usedBy: [], count: 0, expects: [] };
        uses.set(name, use);
      }
      use.count++;
      const expected = describeShape(shapeAt(at, rendered.document));
      if (!use.expects.includes(expected)) use.expects.push(expected);
      if (use.usedBy.length < MAX_LISTED_USES)
        use.usedBy.push(`${rendered.sources.ownerOf(at).node.path} (${formatPath(at)})`);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        at.push(i);
        visit(value[i]);
        at.pop();
      }
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) {
        at.push(key);
        visit((value as Record<string, unknown>)[key]);
        at.pop();
      }
    }
  };
  visit(rendered.document);
  return [...uses.keys()].sort().map((name) => ({
    name,
    usedBy: uses.get(name)!.usedBy,
    uses: uses.get(name)!.count,
    expects: uses.get(name)!.expects,
  }));
}

function environmentFile(config: AssemblyConfig): string {
  const lines = [
    `# Environment variables referenced by ${config.file}.`,
    `# Set each of them in the proxy's environment before it starts.`,
  ];
  if (config.environmentVariables.length === 0) lines.push('# (none)');
  for (const variable of config.environmentVariables) {
    const more = variable.uses - variable.usedBy.length;
    const expects =
      variable.expects && variable.expects.length > 0 ? [`# expects ${variable.expects.join('; and ')}`] : [];
    lines.push('', ...expects, ...variable.usedBy.map((use) => `# used by ${use}`));
    if (more > 0) lines.push(`# ... and ${more} more (${variable.uses} uses in all)`);
    lines.push(`${variable.name}=`);
  }
  return `${lines.join('\n')}\n`;
}

function treeOf(construct: IConstruct): TreeNode {
  const children = construct.node.children.map(treeOf);
  const node = { id: construct.node.id || 'App', path: construct.node.path, type: construct.constructor.name };
  return children.length > 0 ? { ...node, children } : node;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
