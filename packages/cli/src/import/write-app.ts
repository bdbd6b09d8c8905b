import type { ConfigPlan, PlannedConstruct, Statement } from './app-plan.js';
import type { ImportContext } from './import-context.js';
import { tsString } from './ts-source.js';

/** What the generated file holds besides the configs. */
export interface AppSource {
  readonly context: ImportContext;
  /** The main config first, then the included ones. */
  readonly plans: readonly ConfigPlan[];
  /** Fallback, alias and default-fallback calls, run once every group exists. */
  readonly routing: readonly string[];
  /** Comment lines for the top of the file. */
  readonly header: readonly string[];
  /** The name of the exported function that builds the configs. */
  readonly functionName: string;
}

/**
 * The TypeScript text of the app: imports, and an exported function that builds the configs with their constructs
 * and routing in the `App` it is given, and returns the main config.
 */
export function writeApp({ context, plans, routing, header, functionName }: AppSource): string {
  const [main, ...included] = plans;
  const body: string[] = [];
  body.push(
    `const ${main.config.variable} = ${main.expression};`,
    ...acknowledgementLines(context, main.config),
    ...statementLines(context, main.statements),
  );
  for (const plan of included) {
    body.push('', `// ${plan.fileName}, included by ${main.fileName}`);
    body.push(
      `const ${plan.config.variable} = ${plan.expression};`,
      `${main.config.variable}.include(${plan.config.variable});`,
    );
    body.push(...acknowledgementLines(context, plan.config), ...statementLines(context, plan.statements));
  }
  if (routing.length > 0) body.push('', '// Fallbacks and aliases, by group', ...routing);
  body.push('', `return ${main.config.variable};`);
  const app = context.core('App');
  const proxyConfig = context.core('ProxyConfig');
  const imports = context.importLines();
  const comments = header.map((line) => `// ${line}`.trimEnd());
  const lines = [
    ...comments,
    ...(comments.length > 0 ? [''] : []),
    ...imports,
    '',
    `/** Builds the configs in \`app\` and returns the main one; \`app.synth()\` writes them. */`,
    `export function ${functionName}(app: ${app}): ${proxyConfig} {`,
    ...trimBlankRuns(body).map((line) => (line === '' ? '' : `  ${line.replace(/\n/g, '\n  ')}`)),
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

function statementLines(context: ImportContext, statements: readonly Statement[]): string[] {
  return statements.flatMap((statement): string[] => {
    switch (statement.kind) {
      case 'blank':
        return [''];
      case 'comment':
        return wrap(statement.text, 112).map((line) => `// ${line}`);
      case 'construct': {
        const { construct, expression, then } = statement;
        if (statement.optional && !construct.referenced) return [];
        const prefix = construct.referenced ? `const ${construct.variable} = ` : '';
        const declaration = `${prefix}${expression(prefix.length)};`;
        return [declaration, ...then, ...acknowledgementLines(context, construct)];
      }
      default:
        return [];
    }
  });
}

function acknowledgementLines(context: ImportContext, construct: PlannedConstruct): string[] {
  if (construct.acknowledgements.size === 0) return [];
  const annotations = context.core('Annotations');
  return [...construct.acknowledgements].map(([id, reason]) => {
    const call = `${annotations}.of(${construct.variable}).acknowledge(`;
    const oneLine = `${call}${tsString(id)}, ${tsString(reason)});`;
    return oneLine.length <= 120 ? oneLine : `${call}\n  ${tsString(id)},\n  ${tsString(reason)},\n);`;
  });
}

/** No two blank lines in a row, none after a comment that introduces the next statement. */
function trimBlankRuns(lines: readonly string[]): string[] {
  return lines.filter(
    (line, index) => line !== '' || (index > 0 && lines[index - 1] !== '' && !lines[index - 1].startsWith('//')),
  );
}

/** `text` in lines of at most `width` characters, broken at spaces (a longer word keeps its own line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
