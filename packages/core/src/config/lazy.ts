const LAZY_SYMBOL = Symbol.for('@litellm-cdk/core.Lazy');

/**
 * A value computed at synth, when the tree is complete (CDK's `Lazy`). Use it in props for values that depend on
 * constructs added later, such as the names of model groups.
 */
export class Lazy {
  /** A value produced by `producer` when the config is rendered. */
  public static any(producer: () => unknown): Lazy {
    return new Lazy(producer);
  }

  /** Whether `x` is a `Lazy`, from this or any other copy of the library. */
  public static isLazy(x: unknown): x is Lazy {
    return typeof x === 'object' && x !== null && LAZY_SYMBOL in x;
  }

  private constructor(private readonly producer: () => unknown) {
    Object.defineProperty(this, LAZY_SYMBOL, { value: true });
  }

  /** Computes the value. */
  public produce(): unknown {
    return this.producer();
  }
}
