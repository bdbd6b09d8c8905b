// Loaded with `node --import`: appends the URL of every module the process loads to the file named by
// $MODULE_LOG_FILE, so that a test can tell which modules a command loads (and which it leaves alone).
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

// The same file serves as the hooks module, which node loads again in its loader thread.
if (isMainThread) register(import.meta.url);

export async function load(url, context, nextLoad) {
  appendFileSync(process.env.MODULE_LOG_FILE, `${url}\n`);
  return nextLoad(url, context);
}
