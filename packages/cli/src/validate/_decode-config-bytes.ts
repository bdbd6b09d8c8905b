import { isUtf8 } from 'node:buffer';

/** A config file's bytes as text, or why they are not text LiteLLM can read, with the line and column. */
export type DecodedConfig =
  | { readonly text: string }
  | { readonly problem: { readonly message: string; readonly line: number; readonly column: number } };

/**
 * Decodes a config file as LiteLLM reads it: Python's `open()` in text mode, UTF-8 on every image LiteLLM ships, so
 * a byte sequence that is not UTF-8 fails before PyYAML sees it. A UTF-8 byte order mark is allowed (PyYAML skips
 * it); UTF-16 and UTF-32 files are named as such rather than reported as a bad byte.
 */
export function decodeConfigBytes(bytes: Uint8Array): DecodedConfig {
  const wide = wideEncodingOf(bytes);
  if (wide) {
    return {
      problem: {
        message: `the file is encoded as ${wide}; LiteLLM reads config files as UTF-8, so save it as UTF-8`,
        line: 1,
        column: 1,
      },
    };
  }
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes) };
  const offset = firstInvalidUtf8(bytes);
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  const hex = bytes[offset]!.toString(16).padStart(2, '0');
  return {
    problem: {
      message: `the file is not valid UTF-8 (byte 0x${hex}); LiteLLM reads config files as UTF-8, so save it as UTF-8 (it may be Latin-1 or Windows-1252)`,
      line: lines.length,
      column: [...lines.at(-1)!].length + 1,
    },
  };
}

/** UTF-16 or UTF-32, by byte order mark, or by the NUL bytes every ASCII character of UTF-16 text has. */
function wideEncodingOf(bytes: Uint8Array): string | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return b2 === 0 && b3 === 0 ? 'UTF-32 (little-endian)' : 'UTF-16 (little-endian)';
  if (b0 === 0xfe && b1 === 0xff) return 'UTF-16 (big-endian)';
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'UTF-32 (big-endian)';
  if (bytes.length >= 4 && b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0)
    return 'UTF-16 (little-endian, without a byte order mark)';
  if (bytes.length >= 4 && b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0)
    return 'UTF-16 (big-endian, without a byte order mark)';
  return undefined;
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const next = bytes[i + 1]!;
    // Overlong forms, surrogates and code points past U+10FFFF.
    if (
      (b === 0xe0 && next < 0xa0) ||
      (b === 0xed && next > 0x9f) ||
      (b === 0xf0 && next < 0x90) ||
      (b === 0xf4 && next > 0x8f)
    )
      return i;
    i += length;
  }
  return bytes.length;
}
