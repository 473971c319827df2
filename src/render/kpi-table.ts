import Table from 'cli-table3';
import type { KpiGroupView, KpiRowView, KpiSection } from '../report/kpi-report.js';
import { formatKpiValue, formatRange } from './kpi-format.js';
import { PLAIN, type RenderOptions } from './render-options.js';

/**
 * The human view of a KPI section: one table per group (campaigns, then the total) with a column per
 * period or scenario and a benchmark column, then the benchmark sources, notes and the
 * sensitivity (tornado) table. "—" marks a KPI whose denominator is zero; the reason is in
 * `section.warnings`, which the command prints on stderr with the other warnings.
 */
export function renderKpiTable(section: KpiSection, opts: RenderOptions = PLAIN): string {
  const out: string[] = [];
  const b = opts.style.bold;
  const hasBenchmarks = section.groups.some((g) => g.rows.some((r) => r.benchmark));
  for (const group of section.groups) {
    out.push(
      b(group.scope === 'total' ? `KPIs: total (ROI ${section.basis_text})` : `KPIs: campaign ${group.name}`),
    );
    out.push(groupTable(group, section, hasBenchmarks, opts));
    out.push('');
  }
  if (section.benchmarks.length > 0) {
    out.push(b('Benchmarks'));
    for (const r of section.benchmarks) {
      const best = r.best ? `, best ${r.best}` : '';
      const lower = r.lower_is_better ? ' (lower is better)' : '';
      out.push(
        `  ${r.label}: ${formatRange(r.low, r.high, r.unit)}${best}${lower}${r.note ? `. ${r.note}` : ''}`,
      );
    }
    const sources = [...new Set(section.benchmarks.map((r) => `${r.source} [${r.trust}]`))];
    for (const s of sources) out.push(`  Source: ${s}`);
    out.push('');
  }
  if (section.sensitivity) out.push(...renderSensitivity(section, opts), '');
  if (section.notes.length > 0) out.push(b('Notes'), ...section.notes.map((n) => `  ${n}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}

function groupTable(
  group: KpiGroupView,
  section: KpiSection,
  hasBenchmarks: boolean,
  opts: RenderOptions,
): string {
  const cols = section.columns;
  const table = new Table({
    head: ['KPI', ...cols.map((c) => c.label), ...(hasBenchmarks ? ['Benchmark'] : [])],
    colAligns: ['left', ...cols.map(() => 'right' as const), 'left'],
    style: { head: opts.color ? ['cyan'] : [], border: opts.color ? ['grey'] : [], compact: true },
  });
  for (const row of group.rows) {
    const label = row.notes.length > 0 ? `${row.label} *` : row.label;
    table.push([
      label,
      ...cols.map((c) => formatKpiValue(row.values[c.id] ?? null, row.unit, section.currency)),
      ...(hasBenchmarks ? [benchmarkCell(row, section)] : []),
    ]);
  }
  const notes = group.rows.flatMap((r) => r.notes.map((n) => `  * ${r.label}: ${n}`));
  return [table.toString(), ...notes].join('\n');
}

function benchmarkCell(row: KpiRowView, section: KpiSection): string {
  if (!row.benchmark) return '';
  const range = section.benchmarks.find((r) => r.id === row.benchmark?.range);
  if (!range) return '';
  const statuses = section.columns.map((c) => row.benchmark?.status[c.id] ?? '—');
  const unique = [...new Set(statuses)];
  const status = unique.length === 1 ? unique[0] : statuses.join(' / ');
  const text = `${formatRange(range.low, range.high, range.unit)} (quoted)`;
  return status === '—' ? text : `${status} ${text}`;
}

function renderSensitivity(section: KpiSection, opts: RenderOptions): string[] {
  const s = section.sensitivity;
  if (!s) return [];
  const pct = (v: string | null) => formatKpiValue(v, 'pct', section.currency);
  const head = `Sensitivity: total ROI when one input moves ±${s.delta_pct}% (base ROI ${pct(s.base_roi)})`;
  if (s.rows.length === 0) return [opts.style.bold(head), `  ${s.reason ?? 'no input can be varied'}`];
  const table = new Table({
    head: [
      'Input',
      'Base',
      `−${s.delta_pct}%`,
      `+${s.delta_pct}%`,
      `ROI at −${s.delta_pct}%`,
      `ROI at +${s.delta_pct}%`,
      'Swing (pp)',
    ],
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    style: { head: opts.color ? ['cyan'] : [], border: opts.color ? ['grey'] : [], compact: true },
  });
  const num = (v: string) => formatKpiValue(v, 'count', section.currency);
  for (const r of s.rows) {
    table.push([
      r.label,
      num(r.base),
      num(r.low),
      `${num(r.high)}${r.capped ? ' (max)' : ''}`,
      pct(r.roi_low),
      pct(r.roi_high),
      formatKpiValue(r.swing, 'count', section.currency),
    ]);
  }
  return [opts.style.bold(head), table.toString()];
}
