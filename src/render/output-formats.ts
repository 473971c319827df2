/**
 * The output formats of `estimate` and `diff`, in a module with no imports so that commands can
 * declare `--format` choices without loading any renderer (start-up speed, docs/benchmarks.md).
 * The renderer registries are checked against this list (`satisfies Record<OutputFormat, …>`).
 */
export const OUTPUT_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
