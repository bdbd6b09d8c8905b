/** One row of a table: its cells, and lines shown below the last cell (a hint, a reason). */
export interface TableRow {
  readonly cells: readonly string[];
  /** @default - none */
  readonly details?: readonly string[];
}

/** How to draw a table. */
export interface TableOptions {
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
  /**
   * The widest a line may be; the last column wraps to fit. Without it nothing wraps (pipes, files).
   * @default - no limit
   */
  readonly maxWidth?: number;
  /** @default 2 */
  readonly indent?: number;
  /**
   * The narrowest the last column may be before its text moves below each row.
   * @default 50
   */
  readonly minLastColumnWidth?: number;
  /**
   * What the last column's text starts with once it has moved below its row, in place of the header it left.
   * @default - nothing
   */
  readonly stackedPrefix?: string;
  /** Styles a cell's padded text (colours); must not change its visible width. @default - none */
  readonly styleCell?: (text: string, row: number, column: number) => string;
  /** Styles the header line and detail lines. @default - none */
  readonly styleHeader?: (text: string) => string;
  readonly styleDetail?: (text: string) => string;
}

const GAP = '  ';
/** Narrower than this, the last column moves below the others: a long message in a thin column is hard to read. */
const MIN_LAST_COLUMN_WIDTH = 50;

/**
 * Renders a left-aligned text table: columns as wide as their widest cell, the last column (the message) wrapped to
 * `maxWidth` with its continuation lines aligned under it. When the other columns leave the last one too little room,
 * its text goes on the lines below each row instead, under the second column. Returns the lines joined, without a
 * trailing newline.
 */
export function renderTable(options: TableOptions): string {
  const { headers, rows } = options;
  const indent = ' '.repeat(options.indent ?? 2);
  const last = headers.length - 1;
  const widths = headers.map((header, column) =>
    column === last ? 0 : Math.max(header.length, ...rows.map((row) => (row.cells[column] ?? '').length)),
  );
  const lead = indent.length + widths.slice(0, last).reduce((sum, width) => sum + width + GAP.length, 0);
  const stacked =
    options.maxWidth !== undefined && options.maxWidth - lead < (options.minLastColumnWidth ?? MIN_LAST_COLUMN_WIDTH);
  const textLead = stacked ? indent.length + widths[0] + GAP.length : lead;
  const textWidth = options.maxWidth !== undefined ? Math.max(20, options.maxWidth - textLead) : Infinity;
  const continuation = ' '.repeat(textLead);
  const style = options.styleCell ?? ((text: string) => text);
  const styleHeader = options.styleHeader ?? ((text: string) => text);
  const styleDetail = options.styleDetail ?? ((text: string) => text);

  const shownHeaders = stacked ? headers.slice(0, last) : headers;
  const lines = [
    indent +
      styleHeader(
        shownHeaders
          .map((h, c) => (c === last ? h : h.padEnd(widths[c])))
          .join(GAP)
          .trimEnd(),
      ),
  ];
  rows.forEach((row, r) => {
    const text = (stacked ? (options.stackedPrefix ?? '') : '') + (row.cells[last] ?? '');
    const [first = '', ...rest] = wrap(text, textWidth);
    const leading = widths.slice(0, last).map((width, c) => style((row.cells[c] ?? '').padEnd(width), r, c));
    if (stacked) {
      lines.push(indent + leading.join(GAP).trimEnd(), continuation + style(first, r, last));
    } else {
      lines.push(indent + [...leading, style(first, r, last)].join(GAP).trimEnd());
    }
    for (const line of rest) lines.push(continuation + style(line, r, last));
    for (const detail of row.details ?? []) {
      for (const line of wrap(detail, textWidth)) lines.push(continuation + styleDetail(line));
    }
  });
  return lines.join('\n');
}

/** Splits `text` into lines of at most `width` characters at spaces; a longer word gets a line of its own. */
export function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
