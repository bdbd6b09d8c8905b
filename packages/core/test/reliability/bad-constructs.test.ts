import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Construct, type IConstruct } from 'constructs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  App,
  AspectPriority,
  Aspects,
  ModelGroup,
  OutputDirectoryError,
  ProxyConfig,
  Router,
  Secret,
  SynthesisError,
} from '../../src/index.js';

/**
 * The reliability table of bad apps: each case builds an app that must not synthesize and says what the error must
 * name (the construct path, or the output path) and the fix it must give. Every case also checks the exit code the
 * CLI gives it (1 for findings and output problems, 2 for an app that throws while it is built) and that nothing was
 * written.
 */
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

interface BadApp {
  /** Builds the app in `root` (its outdir is `root/out`, unless the case prepares another) and synthesizes it. */
  readonly run: (root: string) => void;
  readonly exit: 1 | 2;
  /** What the message must contain: the construct path or output path, then the value or problem. */
  readonly names: RegExp;
  /** The fix it must name. */
  readonly fix: RegExp;
}

function app(root: string): { app: App; prod: ProxyConfig } {
  const a = new App({ outdir: path.join(root, 'out'), name: 'bad' });
  return { app: a, prod: new ProxyConfig(a, 'prod') };
}

function deployment(params: Record<string, unknown>, modelInfo?: Record<string, unknown>): (root: string) => void {
  return (root) => {
    const { app: a, prod } = app(root);
    new ModelGroup(prod, 'group').addDeployment('d', {
      litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('OPENAI_API_KEY'), ...params },
      modelInfo,
    });
    a.synth();
  };
}

const CASES: Record<string, BadApp> = {};

// Construct ids.
const BAD_IDS: [string, unknown][] = [
  ['empty', ''],
  ['blank', '   '],
  ['slash', 'a/b'],
  ['newline', 'a\nb'],
  ['tab', 'a\tb'],
  ['number', 7],
  ['null', null],
  ['Secret', Secret.env('X')],
];
for (const [name, id] of BAD_IDS) {
  CASES[`a ${name} ModelGroup id`] = {
    run: (root) => new ModelGroup(app(root).prod, id as string),
    exit: 2,
    names: /^\[prod\/.*\] Invalid ModelGroup id/,
    fix: /an id (must|is)|a Secret cannot be an id/,
  };
}
for (const [name, id] of BAD_IDS.slice(0, 4)) {
  CASES[`a ${name} ProxyConfig id`] = {
    run: (root) => new ProxyConfig(new App({ outdir: path.join(root, 'out') }), id as string),
    exit: 2,
    names: /^\[.*\] Invalid ProxyConfig id/,
    fix: /an id must/,
  };
  CASES[`a ${name} Router id`] = {
    run: (root) => new Router(app(root).prod, id as string),
    exit: 2,
    names: /^\[prod\/.*\] Invalid Router id/,
    fix: /an id must/,
  };
}

// Values where a plain string is required.
CASES['a Secret as the model'] = {
  run: deployment({ model: Secret.env('MODEL') }),
  exit: 2,
  names: /^\[prod\/group\/d\] litellm_params\.model must be a plain string, but a Secret \(os\.environ\/MODEL\)/,
  fix: /write the value itself/,
};
CASES['a number as the model'] = {
  run: deployment({ model: 4 }),
  exit: 2,
  names: /^\[prod\/group\/d\] litellm_params\.model must be a plain string, but a number/,
  fix: /pass a string/,
};
CASES['a Secret as a modelName'] = {
  run: (root) => new ModelGroup(app(root).prod, 'g', { modelName: Secret.env('N') as unknown as string }),
  exit: 2,
  names: /^\[prod\/g\] modelName must be a plain string/,
  fix: /write the value itself/,
};

// Environment variable names.
for (const name of ['', '1ABC', 'A-B', 'A B', 'os.environ/X', 'ÄPFEL']) {
  CASES[`Secret.env(${JSON.stringify(name)})`] = {
    run: deployment({ api_key: Secret.env(name) }),
    exit: 1,
    names: /\[prod\/group\/d\] core\/invalid-env-var-name: .* is not a valid environment variable name/,
    fix: /fix: Use letters, digits and underscores/,
  };
}

// Rate limits.
for (const key of ['rpm', 'tpm']) {
  for (const value of [0, -1])
    CASES[`${key} ${value}`] = {
      run: deployment({ [key]: value }),
      exit: 1,
      names: new RegExp(`\\[prod/group/d\\] core/invalid-rate-limit: ${key} ${value} `),
      fix: /fix: Set .* above 0/,
    };
  for (const value of [1.5, -0.5])
    CASES[`${key} ${value}`] = {
      run: deployment({ [key]: value }),
      exit: 1,
      names: new RegExp(`\\[prod/group/d\\] core/schema: .*${key} is ${value}`),
      fix: /fix: /,
    };
}

// AWS regions.
for (const region of ['eu-centrl-1', 'us-east-9', 'EU-CENTRAL-1', 'useast1', 'eu-central']) {
  CASES[`the region ${region}`] = {
    run: deployment({
      model: 'bedrock/anthropic.claude-3-7-sonnet-20250219-v1:0',
      api_key: undefined,
      aws_region_name: region,
    }),
    exit: 1,
    names: new RegExp(`\\[prod/group/d\\] core/unknown-aws-region: aws_region_name '${region}'`),
    fix: /fix: Set aws_region_name to an AWS region code/,
  };
}

// Gemini thinking budgets.
for (const [model, budget] of [
  ['gemini/gemini-2.5-pro', 64],
  ['gemini/gemini-2.5-pro', 0],
  ['gemini/gemini-2.5-pro', 40_000],
  ['gemini/gemini-2.5-flash', 30_000],
  ['gemini/gemini-2.5-flash-lite', 100],
] as const) {
  CASES[`a thinking budget of ${budget} on ${model}`] = {
    run: deployment({
      model,
      api_key: Secret.env('GEMINI_API_KEY'),
      thinking: { type: 'enabled', budget_tokens: budget },
    }),
    exit: 1,
    names: /\[prod\/group\/d\] core\/thinking-budget-out-of-range: Thinking budget/,
    fix: /fix: Set thinking\.budget_tokens between/,
  };
}
CASES['a thinking budget below 1024 on Claude'] = {
  run: deployment({
    model: 'anthropic/claude-3-7-sonnet-20250219',
    api_key: Secret.env('K'),
    thinking: { type: 'enabled', budget_tokens: 512 },
  }),
  exit: 1,
  names: /\[prod\/group\/d\] core\/thinking-budget-too-small/,
  fix: /fix: Set thinking\.budget_tokens to at least 1024/,
};

// Plaintext credentials.
for (const [key, value] of [
  ['api_key', 'sk-live-123456'],
  ['api_base', 'https://host/v1?api_key=sk-123'],
  ['api_base', 'https://host/v1?alt=sse&key=AIza123'],
  ['api_base', 'https://user:pass@host/v1'],
  ['aws_secret_access_key', 'abcd1234'],
] as const) {
  CASES[`${key} ${value}`] = {
    run: deployment({ [key]: value }),
    exit: 1,
    names: new RegExp(`\\[prod/group/d\\] core/plaintext-secret: .*${key} holds a plaintext credential`),
    fix: /fix: Reference an environment variable/,
  };
}

// Other deployments LiteLLM would load and then fail or skip.
CASES['a model without a provider'] = {
  run: deployment({ model: 'gpt-4o-typo-model' }),
  exit: 1,
  names: /\[prod\/group\/d\] core\/unknown-provider/,
  fix: /fix: Use a provider prefix/,
};
CASES['a group without deployments'] = {
  run: (root) => {
    const { app: a, prod } = app(root);
    new ModelGroup(prod, 'empty');
    a.synth();
  },
  exit: 1,
  names: /\[prod\/empty\] .*has no deployments/,
  fix: /Add a deployment or remove the group/,
};

// Artifacts that would share a file.
CASES['prod.yaml and prod.yml'] = {
  run: (root) => {
    const a = new App({ outdir: path.join(root, 'out') });
    new ProxyConfig(a, 'a', { fileName: 'prod.yaml' });
    new ProxyConfig(a, 'b', { fileName: 'prod.yml' });
    a.synth();
  },
  exit: 1,
  names: /\[b\] core\/duplicate-file-name: Config 'b' would write 'prod\.env\.example', which config 'a' also writes/,
  fix: /fix: Give config 'b' or 'a' another fileName/,
};
CASES['Prod.yaml and prod.yaml'] = {
  run: (root) => {
    const a = new App({ outdir: path.join(root, 'out') });
    new ProxyConfig(a, 'a', { fileName: 'Prod.yaml' });
    new ProxyConfig(a, 'b', { fileName: 'prod.yaml' });
    a.synth();
  },
  exit: 1,
  names: /\[b\] core\/duplicate-file-name: .*case-insensitive/,
  fix: /fix: Give config/,
};

// Aspects that never settle.
CASES['an aspect that doubles the tree'] = {
  run: (root) => {
    const { app: a, prod } = app(root);
    new ModelGroup(prod, 'g').addDeployment('d', {
      litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('K') },
    });
    let n = 0;
    const doubling = {
      visit: (node: IConstruct) => {
        if (node.node.children.length > 0) return;
        new Construct(node, `l${n++}`);
        new Construct(node, `r${n++}`);
      },
    };
    Aspects.of(a).add(doubling, { priority: AspectPriority.MUTATING });
    a.synth();
  },
  exit: 2,
  names: /^Aspects added \d+ constructs, more than the \d+ allowed: .* keeps adding constructs/,
  fix: /check that it skips constructs it has already handled/,
};

// Output directories synth may not replace or cannot write.
interface BadOutput {
  /** Prepares the output location in `root` and returns the outdir to synthesize into. */
  readonly prepare: (root: string) => string;
  readonly names: (root: string) => RegExp;
  readonly fix: RegExp;
}
const output = (prepare: BadOutput['prepare'], names: BadOutput['names'], fix: RegExp): BadOutput => ({
  prepare,
  names,
  fix,
});
const OUTPUT_CASES: Record<string, BadOutput> = {
  "another tool's manifest.json": output(
    (root) => {
      fs.mkdirSync(path.join(root, 'out'));
      fs.writeFileSync(path.join(root, 'out', 'manifest.json'), '{"manifest_version":3}');
      fs.writeFileSync(path.join(root, 'out', 'notes.txt'), 'x');
      return path.join(root, 'out');
    },
    (root) => new RegExp(`The output directory ${path.join(root, 'out')} is not a litellm-cdk assembly`),
    /fix: Choose a new outdir/,
  ),
  'a folder of sources': output(
    (root) => {
      fs.mkdirSync(path.join(root, 'src'));
      fs.writeFileSync(path.join(root, 'src', 'main.ts'), '');
      return path.join(root, 'src');
    },
    (root) => new RegExp(`${path.join(root, 'src')} is not a litellm-cdk assembly .* would delete 'main.ts'`),
    /fix: Choose a new outdir/,
  ),
  'a file as outdir': output(
    (root) => {
      fs.writeFileSync(path.join(root, 'out'), '');
      return path.join(root, 'out');
    },
    (root) => new RegExp(`The output path ${path.join(root, 'out')} is a file, not a directory`),
    /fix: Choose a new outdir/,
  ),
  'a file as parent': output(
    (root) => {
      fs.writeFileSync(path.join(root, 'file'), '');
      return path.join(root, 'file', 'out');
    },
    (root) => new RegExp(`${path.join(root, 'file')} is a file, not a directory`),
    /fix: Choose an outdir whose parent folders are directories/,
  ),
  'a dangling symbolic link': output(
    (root) => {
      fs.symlinkSync(path.join(root, 'gone'), path.join(root, 'out'));
      return path.join(root, 'out');
    },
    (root) =>
      new RegExp(
        `The output path ${path.join(root, 'out')} is a symbolic link to ${path.join(root, 'gone')}, which does not exist`,
      ),
    /fix: Create the directory the link points to/,
  ),
  'a path under /proc': output(
    () => '/proc/litellm-cdk-out',
    () => /^Cannot write the assembly to \/proc\/litellm-cdk-out: .* \(ENOENT\)/,
    /fix: Choose an outdir/,
  ),
};

function listing(root: string): string[] {
  return fs.readdirSync(root, { recursive: true }).map(String).sort();
}

/** The exit code the CLI gives an app that ends with `error`. */
function exitCodeOf(error: unknown): number {
  return error instanceof SynthesisError || OutputDirectoryError.isOutputDirectoryError(error) ? 1 : 2;
}

describe('bad apps: a clear error naming the path and the fix, the right exit code, nothing written', () => {
  it('has a case for every class of the reliability table', () => {
    expect(Object.keys(CASES).length + Object.keys(OUTPUT_CASES).length).toBeGreaterThanOrEqual(55);
  });

  function attempt(run: () => void): Error {
    try {
      run();
    } catch (caught) {
      return caught as Error;
    }
    throw new Error('the app must not synthesize');
  }

  function expectClear(error: Error, exit: number, names: RegExp, fix: RegExp): void {
    expect(exitCodeOf(error)).toBe(exit);
    expect(error.message).toMatch(names);
    expect(error.message).toMatch(fix);
    expect(error.message).not.toMatch(/\n\s+at .*:\d+:\d+/);
  }

  it.each(Object.entries(CASES))('%s', (_name, bad) => {
    const root = tempRoot();
    expectClear(
      attempt(() => bad.run(root)),
      bad.exit,
      bad.names,
      bad.fix,
    );
    expect(listing(root), 'nothing written').toEqual([]);
  });

  it.each(Object.entries(OUTPUT_CASES))('an output location: %s', (_name, bad) => {
    const root = tempRoot();
    const outdir = bad.prepare(root);
    const before = snapshot(root);
    const error = attempt(() => {
      const a = new App({ outdir, name: 'bad' });
      new ModelGroup(new ProxyConfig(a, 'prod'), 'g').addDeployment('d', {
        litellmParams: { model: 'openai/gpt-4o', api_key: Secret.env('K') },
      });
      a.synth();
    });
    expectClear(error, 1, bad.names(root), bad.fix);
    expect(snapshot(root), 'everything the case prepared is as it was, nothing added').toEqual(before);
  });
});

function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'litellm-cdk-bad-'));
  roots.push(root);
  return root;
}

/** Every entry under `root` with the content of its files (links by target). */
function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(
    listing(root).map((entry) => {
      const full = path.join(root, entry);
      const stat = fs.lstatSync(full);
      return [
        entry,
        stat.isSymbolicLink() ? `-> ${fs.readlinkSync(full)}` : stat.isFile() ? fs.readFileSync(full, 'utf8') : 'dir',
      ];
    }),
  );
}
