import { describe, expect, it } from 'vitest';
import { shouldUseColor } from '../src/output/colors.js';

describe('shouldUseColor', () => {
  it('colours a terminal and nothing else by default', () => {
    expect(shouldUseColor({ env: {}, isTTY: true })).toBe(true);
    expect(shouldUseColor({ env: {}, isTTY: false })).toBe(false);
    expect(shouldUseColor({ env: { TERM: 'dumb' }, isTTY: true })).toBe(false);
  });

  it('never colours with a non-empty NO_COLOR or --no-color, even when FORCE_COLOR asks', () => {
    expect(shouldUseColor({ env: { NO_COLOR: '1' }, isTTY: true })).toBe(false);
    expect(shouldUseColor({ env: { NO_COLOR: '1', FORCE_COLOR: '1' }, isTTY: true })).toBe(false);
    expect(shouldUseColor({ env: { FORCE_COLOR: '1' }, isTTY: true, flag: false })).toBe(false);
  });

  it('follows FORCE_COLOR on pipes, where 0 and false turn colours off', () => {
    expect(shouldUseColor({ env: { FORCE_COLOR: '1' }, isTTY: false })).toBe(true);
    expect(shouldUseColor({ env: { FORCE_COLOR: '0' }, isTTY: true })).toBe(false);
    expect(shouldUseColor({ env: { FORCE_COLOR: 'false' }, isTTY: true })).toBe(false);
  });

  it('treats an empty NO_COLOR as unset, as no-color.org says', () => {
    expect(shouldUseColor({ env: { NO_COLOR: '' }, isTTY: true })).toBe(true);
  });
});
