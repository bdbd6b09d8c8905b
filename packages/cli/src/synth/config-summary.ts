import { environmentReferencesOf, groupNamesOf, modelListOf, providersOf } from '../documents/config-document.js';
import type { AssemblyOnDisk } from '../documents/read-assembly.js';
import type { ConfigSummaryJson } from '../output/json-shapes.js';
import type { Printer } from '../output/printer.js';
import { renderTable } from '../output/table.js';

/** Per config of an assembly: its file, how many groups and deployments it has, its providers and environment variables. */
export async function summarizeConfigs(assembly: AssemblyOnDisk): Promise<ConfigSummaryJson[]> {
  return Promise.all(
    assembly.configs.map(async (config) => ({
      file: config.file,
      constructPath: config.constructPath,
      path: config.path,
      includes: config.includes,
      groups: groupNamesOf(config.document).length,
      deployments: modelListOf(config.document).length,
      providers: await providersOf(config.document),
      environmentVariables: environmentReferencesOf(config.document),
    })),
  );
}

/** The configs as a table: file, groups, deployments, providers, referenced environment variables (and includes). */
export function renderConfigSummaries(
  configs: readonly ConfigSummaryJson[],
  displayDirectory: string,
  printer: Printer,
): string {
  const c = printer.colors;
  return renderTable({
    headers: ['CONFIG', 'GROUPS', 'DEPLOYMENTS', 'PROVIDERS', 'ENVIRONMENT VARIABLES'],
    rows: configs.map((config) => ({
      cells: [
        `${displayDirectory}/${config.file}`,
        String(config.groups),
        String(config.deployments),
        config.providers.join(', ') || '-',
        config.environmentVariables.join(', ') || '-',
      ],
      details: config.includes.length > 0 ? [`includes ${config.includes.join(', ')}`] : [],
    })),
    maxWidth: printer.width,
    minLastColumnWidth: 30,
    stackedPrefix: 'environment variables: ',
    styleHeader: c.bold,
    styleDetail: c.dim,
    styleCell: (text, _row, column) => (column === 0 ? c.cyan(text) : text),
  });
}

/**
 * The files of the assembly besides the configs, their environment files and synth's own reports: what extensions
 * made from the configs (Compose and Kubernetes files), the custom modules copied beside them, the packs' reports.
 * @returns `compose.yaml (kubernetes:compose)`-style entries, in manifest order
 */
export function otherAssemblyFiles(assembly: AssemblyOnDisk): string[] {
  const { manifest } = assembly;
  const configs = new Set(assembly.configs.map((config) => config.file));
  return [
    ...manifest.artifacts
      .filter((artifact) => !configs.has(artifact.file))
      .map((artifact) => `${artifact.file} (${artifact.type})`),
    ...manifest.modules.map((module) => `${module.file} (custom module)`),
    ...manifest.reports.map((report) => `${report} (report)`),
  ];
}
