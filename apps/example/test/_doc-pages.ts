// Reads a documentation page into the code it shows and the claims it makes about that code.
//
// The conventions a page follows (they are for the writers of the pages, invisible to their readers):
// - A ```ts block is runnable. When its first line names a file (`// src/proxy.ts`), the block is that file of the
//   page's project: the named blocks are written side by side, `main.ts` runs as the app, `*.test.ts` files run as
//   tests and other files are modules they import. A block without a name is an app of its own.
// - A ```ts fragment block is part of a runnable block of the same page, shown while it is built up; it must
//   appear in one, line by line (indentation aside).
// - A ```ts block with any other word (```ts signatures, ```ts legacy) is not run.
// - `<!-- output: <file> -->` right before a block: the block is that file of the assembly the app above it wrote
//   (a .yaml file without its header comment). `<!-- output: <file> (excerpt) -->`: pieces of the file, in order,
//   separated by lines `...` or `# ...`. A ```yaml block right after an app, without a comment, is its only config.
// - `<!-- error -->` right before a block: the app above it fails synth, and the block is the SynthesisError's
//   message (wrapped anywhere).

/** What a page says an app writes: one file of its assembly, or pieces of it. */
export interface OutputClaim {
  /** The file name in the assembly; `undefined` for the app's only config. */
  readonly file: string | undefined;
  readonly excerpt: boolean;
  readonly text: string;
  /** The page's line of the block, for messages. */
  readonly line: number;
}

/** An app a page shows: a file to run, and what the page claims it does. */
export interface DocApp {
  /** `main.ts` for the page's project, `example-<n>.ts` for an app of its own. */
  readonly file: string;
  /** The heading of the section it appears in (for the project: where its first file appears). */
  readonly section: string;
  readonly line: number;
  readonly outputs: OutputClaim[];
  /** The message of the SynthesisError it throws, if the page claims it fails. */
  error?: { readonly text: string; readonly line: number };
}

/** One page: its runnable files, the apps and tests among them, and its fragments. */
export interface DocPage {
  /** Every runnable block by file name (named blocks under their name, apps of their own as `example-<n>.ts`). */
  readonly files: ReadonlyMap<string, { readonly code: string; readonly line: number }>;
  readonly apps: readonly DocApp[];
  /** The project's `*.test.ts` files. */
  readonly tests: readonly string[];
  readonly fragments: readonly { readonly code: string; readonly line: number }[];
}

type Directive =
  | { readonly kind: 'output'; readonly file: string; readonly excerpt: boolean }
  | { readonly kind: 'error' };

const FILE_NAME_LINE = /^\/\/ ((?:[\w.-]+\/)*[\w.-]+\.ts)$/;
const DIRECTIVE = /^<!--\s*(?:output:\s*(\S+?)(\s+\(excerpt\))?|(error))\s*-->$/;

/** Parses a page; throws, naming the line, when it breaks the conventions above. */
export function readDocPage(markdown: string): DocPage {
  const lines = markdown.split('\n');
  const files = new Map<string, { code: string; line: number }>();
  const apps: DocApp[] = [];
  const tests: string[] = [];
  const fragments: { code: string; line: number }[] = [];
  let project: DocApp | undefined;
  let section = '';
  let directive: Directive | undefined;
  let current: DocApp | undefined;
  let previousBlockWasApp = false;

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const where = `line ${i + 1}`;
    const fence = /^```(.*)$/.exec(text);
    if (!fence) {
      const comment = DIRECTIVE.exec(text.trim());
      if (comment)
        directive = comment[3]
          ? { kind: 'error' }
          : { kind: 'output', file: comment[1], excerpt: comment[2] !== undefined };
      else if (/^<!--\s*(output|error)\b/.test(text.trim()))
        throw new Error(
          `${where}: write <!-- output: <file> -->, <!-- output: <file> (excerpt) --> or <!-- error -->.`,
        );
      else if (directive && text.trim() !== '')
        throw new Error(`${where}: a <!-- output/error --> comment must come right before a code block.`);
      const heading = /^#{1,6} (.+)$/.exec(text);
      if (heading) section = heading[1];
      continue;
    }

    const start = i + 1;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]);
    if (i === lines.length) throw new Error(`line ${start}: the code block is never closed.`);
    const code = `${body.join('\n')}\n`;
    const info = fence[1].trim();

    if (info === 'ts') {
      const named = FILE_NAME_LINE.exec(body[0] ?? '');
      if (named) {
        const file = named[1];
        if (files.has(file))
          throw new Error(
            `line ${start}: ${file} is shown twice; show it once, and its parts as \`\`\`ts fragment blocks.`,
          );
        files.set(file, { code, line: start });
        if (file.endsWith('.test.ts')) tests.push(file);
        project ??= { file: 'main.ts', section, line: start, outputs: [] };
        current = project;
      } else {
        current = { file: `example-${apps.length + 1}.ts`, section, line: start, outputs: [] };
        files.set(current.file, { code, line: start });
        apps.push(current);
      }
    } else if (info === 'ts fragment') {
      fragments.push({ code, line: start });
    }

    if (directive?.kind === 'output' || (!directive && info === 'yaml' && previousBlockWasApp)) {
      if (!current) throw new Error(`line ${start}: an output is shown before any app.`);
      current.outputs.push({
        file: directive?.kind === 'output' ? directive.file : undefined,
        excerpt: directive?.kind === 'output' && directive.excerpt,
        text: code,
        line: start,
      });
    } else if (directive?.kind === 'error') {
      if (!current) throw new Error(`line ${start}: an error is shown before any app.`);
      current.error = { text: code, line: start };
    }
    previousBlockWasApp = info === 'ts' && current !== project;
    directive = undefined;
  }
  if (project && files.has('main.ts')) apps.push(project);
  else if (project && (project.outputs.length > 0 || project.error))
    throw new Error(`line ${project.line}: the page shows what its project writes, but no main.ts.`);
  return { files, apps, tests, fragments };
}

/** The header comment synth writes at the top of each YAML file. */
export function withoutHeader(yaml: string): string {
  return yaml.replace(/^(#[^\n]*\n)+/, '');
}

/** Why `excerpt` is not pieces of `actual` in order, or `undefined` when it is. */
export function excerptMismatch(actual: string, excerpt: string): string | undefined {
  const pieces = excerpt
    .split(/^[ \t]*(?:# )?\.\.\.[ \t]*\n/m)
    .map((piece) => piece.replace(/^\n+/, ''))
    .filter((piece) => piece.trim() !== '');
  if (pieces.length === 0) return 'the excerpt shows nothing';
  let from = 0;
  for (const piece of pieces) {
    const at = actual.indexOf(piece, from);
    if (at < 0) {
      const anywhere = actual.includes(piece);
      return `${anywhere ? 'this piece is out of order' : 'the file has no such piece'}:\n${piece}`;
    }
    from = at + piece.length;
  }
  return undefined;
}

/** Whether `fragment` appears in `code` as consecutive lines, comparing each line without its indentation. */
export function containsFragment(code: string, fragment: string): boolean {
  const strip = (text: string) =>
    text
      .replace(/\n+$/, '')
      .split('\n')
      .map((line) => line.trim());
  const [haystack, needle] = [strip(code), strip(fragment)];
  return haystack.some((_, start) => needle.every((line, offset) => haystack[start + offset] === line));
}

/** A message with its line breaks and indentation folded, so a page may wrap it anywhere. */
export function unwrapped(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
