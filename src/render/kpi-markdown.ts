import type { KpiSection } from '../report/kpi-report.js';
import { formatKpiValue, formatRange } from './kpi-format.js';

/** Escapes a table cell: pipes would split it, newlines would end the row. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The KPI section as GitHub-flavoured Markdown: a table per group, then benchmarks with their source,
 * the sensitivity table, warnings and notes (a document has no stderr, so warnings are listed here).
 */
export function renderKpiMarkdown(section: KpiSection): string {
  const out: string[] = [];
  const cols = section.columns;
  const hasBenchmarks = section.groups.some((g) => g.rows.some((r) => r.benchmark));
  for (const g of section.groups) {
    out.push(
      g.scope === 'total'
        ? `### KPIs: total (ROI ${section.basis_text})`
        : `### KPIs: campaign ${cell(g.name)}`,
      '',
    );
    out.push(`| KPI | ${cols.map((c) => cell(c.label)).join(' | ')} |${hasBenchmarks ? ' Benchmark |' : ''}`);
    out.push(`|---|${cols.map(() => '---:').join('|')}|${hasBenchmarks ? '---|' : ''}`);
    for (const r of g.rows) {
      const values = cols.map((c) => formatKpiValue(r.values[c.id] ?? null, r.unit, section.currency));
      const range = r.benchmark ? section.benchmarks.find((b) => b.id === r.benchmark?.range) : undefined;
      const statuses = [...new Set(cols.map((c) => r.benchmark?.status[c.id] ?? '—'))].join(' / ');
      const bench = range
        ? `${statuses === '—' ? '' : `${statuses} `}${formatRange(range.low, range.high, range.unit)} (quoted)`
        : '';
      out.push(
        `| ${cell(r.label)}${r.notes.length ? ` (${cell(r.notes.join('; '))})` : ''} | ${values.join(' | ')} |${hasBenchmarks ? ` ${bench} |` : ''}`,
      );
    }
    out.push('');
  }
  if (section.benchmarks.length > 0) {
    out.push('Benchmarks (quoted ranges, not measurements):', '');
    for (const b of section.benchmarks) {
      out.push(
        `- ${cell(b.label)}: ${formatRange(b.low, b.high, b.unit)}${b.best ? `, best ${b.best}` : ''}${b.note ? `. ${b.note}` : ''} Source: ${b.source} [${b.trust}]`,
      );
    }
    out.push('');
  }
  const s = section.sensitivity;
  if (s) {
    out.push(`### Sensitivity: total ROI when one input moves ±${s.delta_pct}%`, '');
    if (s.rows.length === 0) out.push(s.reason ?? 'no input can be varied', '');
    else {
      const pct = (v: string | null) => formatKpiValue(v, 'pct', section.currency);
      out.push(
        `| Input | Base | −${s.delta_pct}% | +${s.delta_pct}% | ROI at −${s.delta_pct}% | ROI at +${s.delta_pct}% | Swing (pp) |`,
        '|---|---:|---:|---:|---:|---:|---:|',
      );
      for (const r of s.rows) {
        const num = (v: string | null) => formatKpiValue(v, 'count', section.currency);
        out.push(
          `| ${cell(r.label)} | ${num(r.base)} | ${num(r.low)} | ${num(r.high)} | ${pct(r.roi_low)} | ${pct(r.roi_high)} | ${num(r.swing)} |`,
        );
      }
      out.push('');
    }
  }
  if (section.warnings.length > 0) out.push('Warnings:', '', ...section.warnings.map((w) => `- ${w}`), '');
  if (section.notes.length > 0) out.push('Notes:', '', ...section.notes.map((n) => `- ${n}`), '');
  return `${out.join('\n').trimEnd()}\n`;
}
