import type { KpiSection } from '../report/kpi-report.js';

/** The KPI section as JSON: the view model as is (money and rates as unrounded decimal strings). */
export function renderKpiJson(section: KpiSection): string {
  return `${JSON.stringify(section, null, 2)}\n`;
}
