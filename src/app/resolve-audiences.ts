import { relative, resolve } from 'node:path';
import type { Io } from '../io/io.js';
import { InputError, WaCostError } from '../errors.js';
import { Decimal } from '../core/money.js';
import type { Warning } from '../core/line-item.js';
import type { LoadedPlan } from './load-plan.js';
import type { ContactSummary } from '../core/contact-summary.js';

/** An audience reduced to recipients per country, with where the counts came from. */
export interface AudienceSummary {
  name: string;
  countries: Map<string, Decimal>;
  source: 'countries' | 'contacts';
  /** For a contacts file: rows read, valid, duplicates and rejected. */
  contacts?: ContactSummary;
}

/**
 * Turns each audience of the plan into recipients per country (ISO alpha-2, upper case). A contacts
 * file is read, normalised and deduplicated; its unusable rows are counted and reported, never dropped.
 */
export async function resolveAudiences(
  loaded: LoadedPlan,
  io: Io,
): Promise<{ audiences: AudienceSummary[]; warnings: Warning[] }> {
  const audiences: AudienceSummary[] = [];
  const warnings: Warning[] = [];
  for (const [name, a] of Object.entries(loaded.plan.audiences)) {
    if (a.countries) {
      audiences.push({
        name,
        source: 'countries',
        countries: new Map(Object.entries(a.countries).map(([k, v]) => [k.toUpperCase(), v])),
      });
      continue;
    }
    if (!a.contacts) continue;
    // Phone metadata is heavy: load it only for plans that have a contacts file.
    const { summarizeContacts } = await import('./summarize-contacts.js');
    const path = resolve(loaded.baseDir, a.contacts);
    // Name the file as the user would type it from where they ran wa-cost.
    const shown = relative(io.cwd, path) || path;
    const summary = await withPlanLocation(
      () =>
        summarizeContacts(path, {
          phoneColumn: a.phone_column,
          countryColumn: a.country_column,
          defaultCountry: a.default_country,
          delimiter: a.delimiter,
          onProgress: io.stderrIsTTY ? progressBar(io, shown) : undefined,
        }),
      { path, shown, loaded, name },
    );
    if (io.stderrIsTTY) io.stderr('\r\x1b[K');
    audiences.push({
      name,
      source: 'contacts',
      contacts: { ...summary, file: shown },
      countries: new Map(Object.entries(summary.byCountry).map(([k, v]) => [k, new Decimal(v)])),
    });
    if (summary.rejected > 0) {
      const reasons = Object.entries(summary.rejectedByReason)
        .map(([r, n]) => `${n} ${r}`)
        .join(', ');
      warnings.push({
        code: 'contacts-rejected',
        message: `audience ${name}: ${summary.rejected} of ${summary.rows} rows in ${shown} could not be used (${reasons}) and are not priced; see them with \`wa-cost contacts ${shown} --rejects rejects.csv\`.`,
      });
    }
  }
  return { audiences, warnings };
}

/** Errors about the contacts file name it as written and point at the plan line that names it. */
async function withPlanLocation<T>(
  run: () => Promise<T>,
  at: { path: string; shown: string; loaded: LoadedPlan; name: string },
): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof WaCostError)) throw err;
    const docPath = ['audiences', at.name, 'contacts'];
    throw new InputError(err.code, [
      ...err.problems.map((p) => (p.file === at.path ? { ...p, file: at.shown } : p)),
      {
        file: at.loaded.file,
        ...at.loaded.locate(docPath),
        path: docPath.join('.'),
        message: `the contacts file is named here (paths in a plan are relative to its folder)`,
      },
    ]);
  }
}

function progressBar(io: Io, label: string): (read: number, total: number) => void {
  return (read, total) => {
    const pct = total > 0 ? Math.min(100, Math.floor((read / total) * 100)) : 0;
    const width = 30;
    const done = Math.round((pct / 100) * width);
    io.stderr(`\r${label} [${'#'.repeat(done)}${'.'.repeat(width - done)}] ${pct}%`);
  };
}
