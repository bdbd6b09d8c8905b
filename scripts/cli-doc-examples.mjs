// The examples of docs/cli.md that run at the root of the checkout on the repository's own configs
// (`litellm-cdk validate|import test-support/...`, nothing written): runs each with the CLI of this checkout, as the
// doc says they were made (NO_COLOR=1, output through a pipe), and writes the real output and exit code into the doc.
// `--check` rewrites nothing and exits 1 if an example's output differs (packages/cli/test/docs.test.ts runs that).
// Usage: node scripts/cli-doc-examples.mjs [--check]
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const DOC = join(ROOT, 'docs', 'cli.md');
const BIN = join(ROOT, 'packages', 'cli', 'bin', 'litellm-cdk.js');

/** A console block whose command validates or imports a config of test-support/, and the exit code under it. */
const EXAMPLE =
  /```console\n\$ litellm-cdk ((?:validate|import) test-support\/[^\n]*)\n([\s\S]*?)```\n<sup>exit code (\d+)<\/sup>/g;

/** Examples that write files (`import -o`) are part of a sequence the doc describes; they are run by hand. */
const WRITES_FILES = /\s(-o|--output)\b/;

/** What `litellm-cdk <args>` prints (stdout and stderr as a terminal shows them) and its exit code. */
export function runExample(args) {
  const run = spawnSync('sh', ['-c', `node ${JSON.stringify(BIN)} ${args} 2>&1`], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...Object.fromEntries(
        Object.entries(process.env).filter(([key]) => !['FORCE_COLOR', 'CLICOLOR_FORCE'].includes(key)),
      ),
      NO_COLOR: '1',
      COLUMNS: '110',
    },
  });
  return { output: run.stdout, code: run.status };
}

/** Each example of the doc: its arguments, the output and exit code the doc shows, and what a run gives now. */
export function examples(doc = readFileSync(DOC, 'utf8')) {
  return [...doc.matchAll(EXAMPLE)]
    .filter(([, args]) => !WRITES_FILES.test(args))
    .map(([block, args, shown, code]) => ({ block, args, shown, code: Number(code), now: runExample(args) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let doc = readFileSync(DOC, 'utf8');
  const found = examples(doc);
  const stale = found.filter((e) => e.shown !== e.now.output || e.code !== e.now.code);
  if (process.argv.includes('--check')) {
    for (const e of stale)
      console.error(
        `docs/cli.md: the output of "litellm-cdk ${e.args}" differs from a run; node scripts/cli-doc-examples.mjs rewrites it.`,
      );
    process.exitCode = stale.length > 0 ? 1 : 0;
  } else {
    for (const e of stale)
      doc = doc.replace(
        e.block,
        `\`\`\`console\n$ litellm-cdk ${e.args}\n${e.now.output}\`\`\`\n<sup>exit code ${e.now.code}</sup>`,
      );
    writeFileSync(DOC, doc);
    console.log(`${found.length} examples, ${stale.length} rewritten.`);
  }
}
