// The CLI as a library: run it in-process, and the types of its --json output for scripts written in TypeScript.
export { runCli } from './main.js';
export { createProgram } from './program.js';
export { CLI_VERSION } from './version.js';
export { ExitCode, type ExitCodeValue, CliError, type CliErrorKind, type CliErrorOptions } from './exit-codes.js';
export {
  type ConfigDiffJson,
  type ConfigSummaryJson,
  type DeploymentRefJson,
  type DiffJson,
  type FindingJson,
  JSON_OUTPUT_VERSION,
  type JsonError,
  type SettingChangeJson,
  type SynthJson,
  type TreeJson,
  type ValueChangeJson,
} from './output/json-shapes.js';
export {
  loadProjectConfig,
  PROJECT_FILE,
  DEFAULT_OUTPUT,
  type ProjectConfig,
  type ProjectOverrides,
} from './project-config.js';
export { diffConfig, hasDifferences } from './diff/diff-config.js';
export { deploymentIdentity } from './diff/deployment-identity.js';
