import type { Report } from '../report/report.js';

/** The Report as JSON: money as decimal strings, unrounded (docs/report-json.md). */
export function renderEstimateJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
