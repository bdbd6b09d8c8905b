import type { Command } from 'commander';
import { nonEmpty, nonEmptyRepeated } from './_flag-values.js';
import { loadProjectConfig, parseContextPairs, type ProjectConfig } from '../project-config.js';

/** The options of every command that runs the app (`synth`, `diff`, `tree`). */
export interface AppOptions {
  readonly app?: string;
  readonly context?: readonly string[];
}

/** Adds `--app` and `--context` to a command that runs the app. */
export function appOptions(command: Command): Command {
  return command
    .option(
      '-a, --app <command>',
      'command that runs the app file (overrides litellm-cdk.json\'s "app"; makes the file optional)',
      nonEmpty('the command that runs your app file, e.g. --app "tsx main.ts"'),
    )
    .option(
      '-c, --context <key=value>',
      'context value for the app (repeatable; JSON values are parsed)',
      nonEmptyRepeated('key=value'),
    );
}

/** The project in the current directory with the command line's overrides applied. */
export function projectFromOptions(options: AppOptions, overrides: { readonly output?: string } = {}): ProjectConfig {
  return loadProjectConfig(process.cwd(), {
    app: options.app,
    output: overrides.output,
    context: parseContextPairs(options.context ?? []),
  });
}
