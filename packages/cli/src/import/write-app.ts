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
}

/** The TypeScript text of the app: imports, the configs with their constructs, routing, `app.synth()`. */
export function writeApp({ context, plans, routing, header }: AppSource): string {
  const [main, ...included] = plans;
  const body: string[] = [`const app = new ${context.core('App')}();`];
  body.push(`const ${main.config.variable} = ${main.expression};`, ...acknowledgementLines(context, main.config), ...statementLines(context, main.statements));
  for (const plan of included) {
    body.push('', `// ${plan.fileName}, included by ${main.fileName}`);
    body.push(`const ${plan.config.variable} = ${plan.expression};`, `${main.config.variable}.include(${plan.config.variable});`);
    body.push(...acknowledgementLines(context, plan.config), ...statementLines(context, plan.statements));
  }
  if (routing.length > 0) body.push('', '// Fallbacks and aliases, by group', ...routing);
  body.push('', 'app.synth();');
  const imports = context.importLines();
  const comments = header.map((line) => `// ${line}`.trimEnd());
  return `${[...comments, ...(comments.length > 0 ? [''] : []), ...imports, '', ...trimBlankRuns(body)].join('\n')}\n`;
}

function statementLines(context: ImportContext, statements: readonly Statement[]): string[] {
  return statements.flatMap((statement): string[] => {
    switch (statement.kind) {
      case 'blank':
        return [''];
      case 'comment':
        return [`// ${statement.text}`];
      case 'construct': {
        const { construct, expression, then } = statement;
        const prefix = construct.referenced ? `const ${construct.variable} = ` : '';
        const declaration = `${prefix}${expression(prefix.length)};`;
        return [declaration, ...then, ...acknowledgementLines(context, construct)];
      }
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
  return lines.filter((line, index) => line !== '' || (index > 0 && lines[index - 1] !== '' && !lines[index - 1].startsWith('//')));
}
