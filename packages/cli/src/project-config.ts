import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseJsonText, type JsonText } from './documents/json-file.js';
import { CliError } from './exit-codes.js';
import { displayPath } from './output/printer.js';

/** The project file the CLI reads from the current directory. */
export const PROJECT_FILE = 'litellm-cdk.json';

/** Where synth writes when `litellm-cdk.json` names no `output` (the same default as core's `App`). */
export const DEFAULT_OUTPUT = 'litellm.out';

const KNOWN_KEYS = ['$schema', 'app', 'output', 'context'];

/** A project as the commands that run the app see it: `litellm-cdk.json` with the command line's overrides applied. */
export interface ProjectConfig {
  /** The directory the app command runs in (the one holding `litellm-cdk.json`). */
  readonly directory: string;
  /** The shell command that runs the app file, e.g. `tsx main.ts`. */
  readonly app: string;
  /** The output directory, absolute. */
  readonly output: string;
  /** Context values passed to the app in `$LITELLM_CDK_CONTEXT`. */
  readonly context: Readonly<Record<string, unknown>>;
  /** The absolute path of `litellm-cdk.json`, when the project has one. */
  readonly file: string | undefined;
  /** Problems that do not stop the command (unknown keys), to show on stderr. */
  readonly warnings: readonly string[];
}

/** Command-line values that take precedence over `litellm-cdk.json`. */
export interface ProjectOverrides {
  /** `--app`: runs without `litellm-cdk.json` when given. @default - the file's `app` */
  readonly app?: string;
  /** `--output`, relative to the directory. @default - the file's `output`, else `litellm.out` */
  readonly output?: string;
  /** `--context key=value` pairs, merged over the file's `context`. @default - none */
  readonly context?: Readonly<Record<string, unknown>>;
}

/**
 * Reads `litellm-cdk.json` in `directory` (`{ "app": "tsx main.ts", "output": "litellm.out", "context": {} }`) and
 * applies the overrides. Throws a `CliError` naming the file and the fix when it is missing (and no `--app` was
 * given), is not JSON, or has a value of the wrong type.
 */
export function loadProjectConfig(directory: string, overrides: ProjectOverrides = {}): ProjectConfig {
  // A flag's own mistake is the flag's, whatever litellm-cdk.json says.
  if (overrides.app !== undefined && !overrides.app.trim())
    throw emptyFlag('--app', 'the command that runs your app file, e.g. --app "tsx main.ts"');
  if (overrides.output !== undefined && !overrides.output.trim())
    throw emptyFlag('--output', 'a directory, e.g. --output litellm.out');
  const file = path.join(directory, PROJECT_FILE);
  const project = readProjectFile(file, overrides.app !== undefined);
  const raw = project?.value as Record<string, unknown> | undefined;
  const where = (key: string) => project?.where([key]) ?? file;
  const app = overrides.app ?? raw?.app;
  if (typeof app !== 'string' || !app.trim()) {
    throw new CliError(
      'project',
      `${raw && 'app' in raw ? where('app') : file}: "app" must be the command that runs your app file, e.g. "tsx main.ts".`,
      {
        hint: `Set "app" in ${PROJECT_FILE}, or pass --app "<command>".`,
      },
    );
  }
  const output = overrides.output ?? raw?.output ?? DEFAULT_OUTPUT;
  if (typeof output !== 'string' || !output.trim()) {
    throw new CliError(
      'project',
      `${where('output')}: "output" must be a directory path; got ${JSON.stringify(output)}.`,
    );
  }
  const fileContext = raw?.context ?? {};
  if (typeof fileContext !== 'object' || fileContext === null || Array.isArray(fileContext)) {
    throw new CliError(
      'project',
      `${where('context')}: "context" must be an object of context values; got ${JSON.stringify(fileContext)}.`,
    );
  }
  const unknown = raw ? Object.keys(raw).filter((key) => !KNOWN_KEYS.includes(key)) : [];
  return {
    directory,
    app,
    output: path.resolve(directory, output),
    context: { ...(fileContext as Record<string, unknown>), ...overrides.context },
    file: raw ? file : undefined,
    warnings: unknown.map(
      (key) => `${where(key)}: unknown key "${key}" is ignored (known keys: app, output, context).`,
    ),
  };
}

function emptyFlag(flag: string, what: string): CliError {
  return new CliError('usage', `${flag} is empty; it takes ${what}.`);
}

/**
 * Parses `--context key=value` values: a value that is valid JSON (`true`, `3`, `{"a":1}`) is used as such, anything
 * else as a string.
 */
export function parseContextPairs(pairs: readonly string[]): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    if (equals <= 0) throw new CliError('usage', `--context expects key=value; got "${pair}".`);
    const value = pair.slice(equals + 1);
    context[pair.slice(0, equals)] = parseJsonOr(value);
  }
  return context;
}

function parseJsonOr(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function readProjectFile(file: string, optional: boolean): JsonText | undefined {
  if (!fs.existsSync(file)) {
    if (optional) return undefined;
    throw new CliError('project', `No ${PROJECT_FILE} in ${path.dirname(file)}.`, {
      hint:
        `Run litellm-cdk in your app's directory, create ${PROJECT_FILE} with {"app": "tsx main.ts"}, ` +
        'scaffold a project with `litellm-cdk init`, or pass --app "<command>".',
    });
  }
  const parsed = parseJsonText(fs.readFileSync(file, 'utf8'), displayPath(file), 'project');
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    throw new CliError(
      'project',
      `${parsed.where([])}: ${file} must hold a JSON object such as {"app": "tsx main.ts"}.`,
    );
  }
  return parsed;
}
