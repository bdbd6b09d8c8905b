import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from '../exit-codes.js';

/** A Python interpreter that imports `litellm`, and how it was found. */
export interface LiteLLMPython {
  readonly python: string;
  /** `given` (the `--litellm PYTHON` argument) or `PATH`. */
  readonly foundBy: 'given' | 'PATH';
}

const NAMES = process.platform === 'win32' ? ['python.exe', 'python3.exe'] : ['python3', 'python'];

/**
 * The interpreter to run LiteLLM's loader with: `given` when passed (it must import litellm), else the first
 * `python3` or `python` on PATH that imports litellm.
 * @throws `CliError` (exit code 2) when the given interpreter cannot import litellm, or none on PATH can
 */
export function findLiteLLMPython(given: string | undefined, env: NodeJS.ProcessEnv = process.env): LiteLLMPython {
  if (given !== undefined) {
    const problem = importProblem(given, env);
    if (problem !== undefined) {
      throw new CliError('usage', `${given} cannot import litellm: ${problem}`, {
        hint: "Pass the Python of the environment LiteLLM is installed in (pip install 'litellm[proxy]'), e.g. --litellm .venv/bin/python.",
      });
    }
    return { python: given, foundBy: 'given' };
  }
  const tried: string[] = [];
  for (const candidate of candidatesOnPath(env)) {
    if (importProblem(candidate, env) === undefined) return { python: candidate, foundBy: 'PATH' };
    tried.push(candidate);
  }
  throw new CliError(
    'usage',
    tried.length === 0
      ? "No python3 or python on PATH: LiteLLM's own check cannot run."
      : `No Python on PATH can import litellm (tried ${tried.join(', ')}).`,
    {
      hint: "Install LiteLLM where you run litellm-cdk (pip install 'litellm[proxy]'), or pass its interpreter: --litellm /path/to/python.",
    },
  );
}

/** Every python3 / python on PATH, each once (by real path), in PATH order. */
function candidatesOnPath(env: NodeJS.ProcessEnv): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const directory of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const file = path.join(directory, name);
      let real: string;
      try {
        fs.accessSync(file, fs.constants.X_OK);
        real = fs.realpathSync(file);
      } catch {
        continue;
      }
      if (seen.has(real)) continue;
      seen.add(real);
      found.push(file);
    }
  }
  return found;
}

/** Why `python -c "import litellm"` fails, or `undefined` when it works. */
function importProblem(python: string, env: NodeJS.ProcessEnv): string | undefined {
  const run = spawnSync(python, ['-c', 'import litellm'], { env, encoding: 'utf8', timeout: 120_000 });
  if (run.error) return (run.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such program' : run.error.message;
  if (run.status === 0) return undefined;
  const lines = run.stderr.trim().split('\n');
  return lines[lines.length - 1] || `exit code ${run.status}`;
}
