import { join } from 'node:path';
import type { BenchmarkRange } from '../core/kpis-benchmarks.js';
import { kpiBenchmarksSchema } from '../schema/kpi-benchmarks.js';
import { validateSource } from '../schema/validate.js';
import { readTextFile } from './read-text.js';
import { parseYamlSource } from './yaml-source.js';

/** The quoted KPI ranges, with the file's source and trust mark on every range. */
export interface KpiBenchmarks {
  id: string;
  file: string;
  trust: string;
  source: string;
  notes: string[];
  ranges: BenchmarkRange[];
}

/** Reads and validates `<ratesDir>/benchmarks/kpi-ranges.yaml`; a missing or invalid file is an InputError. */
export async function loadKpiBenchmarks(ratesDir: string): Promise<KpiBenchmarks> {
  const file = join(ratesDir, 'benchmarks', 'kpi-ranges.yaml');
  const v = validateSource(kpiBenchmarksSchema, parseYamlSource(await readTextFile(file), file));
  const source = [v.source.name, v.source.url, v.source.research && `via ${v.source.research}`]
    .filter(Boolean)
    .join('; ');
  return {
    id: v.id,
    file,
    trust: v.trust,
    source,
    notes: v.notes,
    ranges: Object.entries(v.ranges).map(([id, r]) => ({
      id,
      label: r.label,
      appliesTo: r.applies_to,
      unit: r.unit,
      low: r.low,
      high: r.high,
      best: r.best,
      lowerIsBetter: r.lower_is_better,
      source,
      trust: v.trust,
      note: r.note,
    })),
  };
}
