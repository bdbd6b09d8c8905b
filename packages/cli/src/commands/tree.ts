import type { Command } from 'commander';
import { CliError, ExitCode } from '../exit-codes.js';
import { findingsOf, printSynthesisFailure } from '../output/findings.js';
import { printJsonError } from '../output/json-error.js';
import { JSON_OUTPUT_VERSION, type TreeJson } from '../output/json-shapes.js';
import { Printer } from '../output/printer.js';
import { countNodes, renderTree } from '../output/tree-view.js';
import { PhaseProgress } from '../synth/phase-progress.js';
import { withTemporarySynthesis } from '../synth/synthesize-project.js';
import { appOptions, projectFromOptions, type AppOptions } from './_app-options.js';

interface TreeOptions extends AppOptions {
  readonly json?: boolean;
}

/** Registers `litellm-cdk tree`. */
export function registerTree(program: Command): void {
  const command = program
    .command('tree')
    .summary('print the construct tree')
    .description("Print the construct tree with each node's type. The app runs into a temporary directory.")
    .option('--json', 'print the tree as JSON (the tree of tree.json)');
  appOptions(command)
    .addHelpText(
      'after',
      `
The project's output directory is not touched. Exit codes: 0 printed; 1 the app failed validation (its findings are
shown); 2 usage error, missing litellm-cdk.json, or an app that crashed.`,
    )
    .action((options: TreeOptions) => tree(options));
}

async function tree(options: TreeOptions): Promise<void> {
  const printer = new Printer();
  const document = (fields: Partial<TreeJson>): TreeJson => ({
    version: JSON_OUTPUT_VERSION,
    command: 'tree',
    conclusion: fields.conclusion ?? 'passed',
    ...(fields.tree ? { tree: fields.tree } : {}),
    findings: fields.findings ?? [],
    ...(fields.error ? { error: fields.error } : {}),
  });
  await printJsonError(
    printer,
    options.json,
    (error) => document({ conclusion: 'error', error }),
    async () => {
      const project = projectFromOptions(options);
      await withTemporarySynthesis(
        { project, printer, progress: new PhaseProgress(process.stderr, !options.json) },
        (synthesis) => {
          if (synthesis.kind === 'failed') {
            process.exitCode = ExitCode.Problems;
            if (options.json) printer.json(document({ conclusion: 'failed', findings: findingsOf(synthesis.report) }));
            else printSynthesisFailure(printer, synthesis.report);
            return;
          }
          const root = synthesis.assembly.tree;
          if (!root)
            throw new CliError('no-output', 'The app wrote an assembly without tree.json; is core older than the CLI?');
          if (options.json) {
            printer.json(
              document({
                tree: root,
                findings: synthesis.assembly.report ? findingsOf(synthesis.assembly.report) : [],
              }),
            );
            return;
          }
          printer.out(...renderTree(root, printer.colors), '', printer.colors.dim(`${countNodes(root)} constructs`));
        },
      );
    },
  );
}
