/** The manifest's name inside every assembly. */
export const MANIFEST_FILE = 'manifest.json';
/** The construct tree's file. */
export const TREE_FILE = 'tree.json';
/** The validation report's file. */
export const REPORT_FILE = 'validation-report.json';

/** The assembly's own files, which no artifact or report file an extension adds may replace. */
export const ASSEMBLY_OWN_FILES: ReadonlySet<string> = new Set([MANIFEST_FILE, TREE_FILE, REPORT_FILE]);
