import type { ConfigPath } from '@litellm-cdk/core';
import { type ConfigPlan, PlannedConstruct } from './app-plan.js';
import type { ImportContext } from './import-context.js';
import { camelCase, kebabCase, UniqueNames } from './names.js';
import { code, tsCall, tsString, tsValue } from './ts-source.js';

/** Collects the statements of one config while its sections are planned, with construct ids unique in the config. */
export class ConfigPlanBuilder {
  /** Construct ids of the config's direct children. */
  public readonly ids = new UniqueNames();
  public readonly plan: ConfigPlan;

  public constructor(
    public readonly context: ImportContext,
    /** The original file as messages name it. */
    sourceName: string,
    /** The file name the `ProxyConfig` writes. */
    fileName: string,
    /** The `ProxyConfig`'s construct id. */
    configId: string,
    variable: string,
    document: Record<string, unknown>,
  ) {
    const config = new PlannedConstruct(variable);
    config.referenced = true;
    const props = fileName === `${configId}.yaml` ? '' : `, { fileName: ${tsString(fileName)} }`;
    this.plan = {
      sourceName,
      fileName,
      config,
      expression: `new ${context.core('ProxyConfig')}(app, ${tsString(configId)}${props})`,
      statements: [],
      owners: [],
      groups: new Map(),
      document,
    };
  }

  /** The config's variable, for the scope of new constructs. */
  public get scope(): string {
    return this.plan.config.ref();
  }

  /** A new construct with a variable name derived from `name` (unique in the file). */
  public construct(name: string, acknowledgeOn?: PlannedConstruct, requires?: PlannedConstruct): PlannedConstruct {
    return new PlannedConstruct(this.context.variables.claim(camelCase(name, 'construct')), acknowledgeOn, requires);
  }

  /** A construct that needs no variable of its own: its acknowledgements go on `parent` (a deployment of a group). */
  public childOf(parent: PlannedConstruct): PlannedConstruct {
    return new PlannedConstruct('', parent);
  }

  /** A construct id for a direct child of the config, derived from `name` and unique in the config. */
  public childId(name: string, fallback: string): string {
    return this.ids.claim(kebabCase(name, fallback), '-');
  }

  /** Adds a construct creation; `owns` are the document paths it renders. */
  public add(
    construct: PlannedConstruct,
    expression: (lead: number) => string,
    owns: readonly ConfigPath[],
    then: readonly string[] = [],
    optional = false,
  ): void {
    this.plan.statements.push({ kind: 'construct', construct, expression, then, optional });
    this.own(construct, owns);
  }

  /** Records that `construct` renders `paths`. */
  public own(construct: PlannedConstruct, paths: readonly ConfigPath[]): void {
    for (const path of paths) this.plan.owners.push({ path, construct });
  }

  /** Adds a comment line (`// text`). */
  public comment(text: string): void {
    this.plan.statements.push({ kind: 'comment', text });
  }

  /** Starts a new paragraph. */
  public blank(): void {
    const last = this.plan.statements[this.plan.statements.length - 1];
    if (last && last.kind !== 'blank') this.plan.statements.push({ kind: 'blank' });
  }

  /** The original value at `location` with its `os.environ/` references turned into `Secret.env()` calls. */
  public secrets(value: unknown, location: string): unknown {
    return this.context.withSecrets(value, this.plan.sourceName, location);
  }

  /** {@link secrets} of the value, as TypeScript. */
  public value(value: unknown, location: string): string {
    return tsValue(this.secrets(value, location));
  }

  /**
   * `new <type>(config, '<id>', <props>)` for a child of the config, laid out for a line that holds `lead`
   * characters before it; `props` may hold `Secret.env()` fragments already.
   */
  public newChild(type: string, id: string, props: unknown): (lead: number) => string {
    const callee = `new ${this.context.core(type)}`;
    const scope = code(this.scope);
    return (lead) => tsCall(callee, props === undefined ? [scope, id] : [scope, id, props], lead);
  }

  /**
   * `.addOverride('key', value)` calls (to append to an L1 construct) that set each of `keys` to its value in
   * `source`, or `.addDeletionOverride('key')` for a key `source` lacks.
   */
  public overrideCalls(source: Record<string, unknown>, keys: readonly string[], location: string): string[] {
    return keys.map((key) =>
      source[key] === undefined
        ? `.addDeletionOverride(${tsString(escapeOverridePath(key))})`
        : `.addOverride(${tsString(escapeOverridePath(key))}, ${this.value(source[key], `${location}.${key}`)})`,
    );
  }
}

/** A key as one segment of an `addOverride` path: dots escaped. */
export function escapeOverridePath(key: string): string {
  return key.replace(/\./g, '\\.');
}
