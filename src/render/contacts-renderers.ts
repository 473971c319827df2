import type { ContactsReport } from '../report/contacts-report.js';
import { renderContactsCsv } from './contacts-csv.js';
import { renderContactsJson } from './contacts-json.js';
import { renderContactsTable } from './contacts-table.js';
import type { RenderOptions } from './render-options.js';

/** Every output format of `contacts`, registered in one map. */
export const CONTACTS_RENDERERS = {
  table: renderContactsTable,
  json: (report: ContactsReport) => renderContactsJson(report),
  csv: (report: ContactsReport) => renderContactsCsv(report),
} satisfies Record<string, (report: ContactsReport, opts: RenderOptions) => string>;

export type ContactsFormat = keyof typeof CONTACTS_RENDERERS;
