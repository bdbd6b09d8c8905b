import * as fs from 'node:fs';
import { SourceMap } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Metafile, Plugin } from 'esbuild';
import { onInterrupt } from '../synth/interrupt-cleanup.js';

/** What `cachedBundle()` bundles, and where. */
export interface BundleOptions {
  /** Output name (`app` gives `app.mjs`) to the absolute path of each entry. */
  readonly entries: Readonly<Record<string, string>>;
  /** The directory of this bundle in the cache (one per set of entries); it holds nothing else. */
  readonly directory: string;
  /** The directory imports and tsconfig.json files are resolved from. */
  readonly cwd: string;
  /** Packages left to Node to load (native code, or loaders that must be shared). @default - none */
  readonly external?: readonly string[];
}

/** A bundle in the cache. */
export interface CachedBundle {
  /** The file URL of each entry's module, by output name. */
  readonly urls: Readonly<Record<string, string>>;
  /** `stack` with positions in the bundle replaced by the positions in the source files. */
  mapStack(stack: string): string;
}

/** The files of a bundle's directory besides its modules and their maps. */
const INPUTS_FILE = 'inputs.json';
const METAFILE = 'meta.json';

/**
 * Bundles the entries, TypeScript or JavaScript, with everything they import into a few ES modules (one per entry,
 * and chunks they share, so that a module imported by two entries runs once) in `directory`, unless the bundle there
 * was built from files exactly as they are now. Node then reads a handful of files instead of resolving and compiling
 * hundreds, and needs no TypeScript loader hooks (which make every import of a process, even of JavaScript, wait for
 * a loader thread).
 *
 * Modules keep what they see of themselves: `import.meta.url`, `import.meta.dirname`, `import.meta.filename`,
 * `__dirname` and `__filename` name each module's own file, not the bundle, and class and function names are kept.
 */
export async function cachedBundle(options: BundleOptions): Promise<CachedBundle> {
  if (!isFresh(options.directory)) await build(options);
  return bundleIn(options.directory, Object.keys(options.entries));
}

/** The bundle in `directory`, built earlier for entries of these names. */
export function bundleIn(directory: string, names: readonly string[]): CachedBundle {
  const urls = Object.fromEntries(names.map((name) => [name, pathToFileURL(path.join(directory, `${name}.mjs`)).href]));
  return { urls, mapStack: (stack) => mapStack(stack, directory) };
}

/** Whether the bundle in `directory` was built from every file it holds as that file is now (same size and time). */
export function isFresh(directory: string): boolean {
  let inputs: Record<string, string>;
  try {
    inputs = JSON.parse(fs.readFileSync(path.join(directory, INPUTS_FILE), 'utf8')) as Record<string, string>;
  } catch {
    return false;
  }
  return Object.entries(inputs).every(([file, was]) => stamp(file) === was);
}

/** Which source files each module of the bundle in `directory` holds (absolute paths), by the module's file URL. */
export function bundledSources(directory: string): Map<string, string[]> {
  const meta = JSON.parse(fs.readFileSync(path.join(directory, METAFILE), 'utf8')) as {
    cwd: string;
    metafile: Metafile;
  };
  const sources = new Map<string, string[]>();
  for (const [output, { inputs }] of Object.entries(meta.metafile.outputs)) {
    const files = Object.keys(inputs).map((input) => path.resolve(meta.cwd, input));
    sources.set(pathToFileURL(path.resolve(meta.cwd, output)).href, files);
  }
  return sources;
}

function stamp(file: string): string {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : 'absent';
}

async function build(options: BundleOptions): Promise<void> {
  const { directory, cwd } = options;
  const esbuild = await import('esbuild');
  const staging = `${directory}.${process.pid}.tmp`;
  fs.rmSync(staging, { recursive: true, force: true });
  // Ctrl-C while building leaves no half-built bundle behind.
  const forget = onInterrupt(() => fs.rmSync(staging, { recursive: true, force: true }));
  try {
    const result = await esbuild.build({
      entryPoints: Object.entries(options.entries).map(([out, file]) => ({ in: file, out })),
      absWorkingDir: cwd,
      outdir: staging,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node}`,
      // ES module builds where packages have them.
      mainFields: ['module', 'main'],
      external: [...(options.external ?? [])],
      keepNames: true,
      // Without comments and indentation Node reads, decodes and compiles a fifth less on every run (core's bundle: 0.75
      // MB to 0.62 MB, and ASCII only, which V8 holds in half the memory); names stay, and stacks are mapped back.
      minifyWhitespace: true,
      // Read only to map the positions of an error's stack (see mapStack): Node is not asked to load it.
      sourcemap: 'external',
      sourcesContent: false,
      metafile: true,
      plugins: [ownLocations],
      // Bundled CommonJS modules call require() for Node's built-in modules; give them one.
      banner: {
        js: "import { createRequire as __litellmCdkRequire } from 'node:module'; const require = __litellmCdkRequire(import.meta.url);",
      },
      logLevel: 'silent',
    });
    const inputs: Record<string, string> = {};
    for (const input of Object.keys(result.metafile.inputs)) {
      const file = path.resolve(cwd, input);
      if (fs.existsSync(file)) inputs[file] = stamp(file);
    }
    // The metafile names outputs relative to cwd, in the staging directory; name them where they will be.
    const outputs = Object.fromEntries(
      Object.entries(result.metafile.outputs).map(([output, value]) => [
        path.relative(cwd, path.join(directory, path.relative(staging, path.resolve(cwd, output)))),
        value,
      ]),
    );
    fs.writeFileSync(path.join(staging, METAFILE), JSON.stringify({ cwd, metafile: { ...result.metafile, outputs } }));
    fs.writeFileSync(path.join(staging, INPUTS_FILE), JSON.stringify(inputs));
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    forget();
  }
  fs.rmSync(directory, { recursive: true, force: true });
  try {
    fs.renameSync(staging, directory);
  } catch {
    // Another process built the same bundle at the same time; theirs serves as well.
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** The names a module uses for its own location. */
const OWN_LOCATION = /\bimport\.meta\b|\b__dirname\b|\b__filename\b/;

/**
 * Makes `import.meta.url` and the like in each module name its own file, not the bundle. Such a module is compiled
 * on its own first (by a build, which applies its tsconfig.json as the bundle would), with those names replaced.
 */
const ownLocations: Plugin = {
  name: 'litellm-cdk-own-locations',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!OWN_LOCATION.test(source)) return undefined;
      const directory = JSON.stringify(path.dirname(args.path));
      const { build } = await import('esbuild');
      const compiled = await build({
        entryPoints: [args.path],
        write: false,
        // Beside the file, so that the map names it by its own name.
        outdir: path.dirname(args.path),
        bundle: false,
        platform: 'node',
        define: {
          'import.meta.url': JSON.stringify(pathToFileURL(args.path).href),
          'import.meta.filename': JSON.stringify(args.path),
          'import.meta.dirname': directory,
          __filename: JSON.stringify(args.path),
          __dirname: directory,
        },
        // The bundle's map then leads back to this file's own lines.
        sourcemap: 'inline',
        logLevel: 'silent',
      });
      return { contents: compiled.outputFiles[0].text, loader: 'js' };
    });
  },
};

/** Rewrites positions in modules of the bundle directory (`file:///…/chunk.mjs:12:5`) to the source files' own. */
function mapStack(stack: string, directory: string): string {
  const maps = new Map<string, SourceMap | undefined>();
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Frames name a module by its file URL, or (when another loader ran it) by its path.
  const prefix = `(?:${escaped(pathToFileURL(directory).href)}|${escaped(directory)})`;
  return stack.replace(
    new RegExp(`${prefix}/([\\w.-]+\\.mjs):(\\d+):(\\d+)`, 'g'),
    (whole, name: string, line: string, column: string) => {
      const mapFile = path.join(directory, `${name}.map`);
      if (!maps.has(mapFile)) maps.set(mapFile, readSourceMap(mapFile));
      const entry = maps.get(mapFile)?.findEntry(Number(line) - 1, Number(column) - 1) as
        | { originalSource?: string; originalLine?: number; originalColumn?: number }
        | undefined;
      if (entry?.originalSource === undefined || entry.originalLine === undefined || entry.originalColumn === undefined)
        return whole;
      const source = entry.originalSource.startsWith('file:')
        ? fileURLToPath(entry.originalSource)
        : path.resolve(directory, entry.originalSource);
      return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    },
  );
}

function readSourceMap(file: string): SourceMap | undefined {
  try {
    return new SourceMap(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}
