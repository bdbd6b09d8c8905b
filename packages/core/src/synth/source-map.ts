import type { IConstruct } from 'constructs';
import type { ConfigPath } from '../validation/finding.js';

/**
 * Remembers which construct rendered which part of a config document, so that a finding about a document path
 * can name the construct path the user has to change.
 */
export class SourceMap {
  private readonly owners = new Map<string, IConstruct>();

  public constructor(private readonly fallback: IConstruct) {}

  /** Records that `construct` rendered the value at `path` (and, unless recorded otherwise, everything below it). */
  public record(path: ConfigPath, construct: IConstruct): void {
    this.owners.set(key(path), construct);
  }

  /** The construct that rendered `path`: the owner of its longest recorded prefix, else the config itself. */
  public ownerOf(path: ConfigPath): IConstruct {
    for (let length = path.length; length >= 0; length--) {
      const owner = this.owners.get(key(path.slice(0, length)));
      if (owner) return owner;
    }
    return this.fallback;
  }
}

function key(path: ConfigPath): string {
  return path.join('\u0000');
}
