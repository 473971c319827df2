import type { ContactsReport } from '../report/contacts-report.js';

/** The contacts report as JSON, two-space indented, newline-terminated; counts are integers. */
export function renderContactsJson(report: ContactsReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
