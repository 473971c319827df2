import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { VendorPlan } from '../core/vendor-pricing-plan.js';
import { InputError, ValidationError, type Problem } from '../errors.js';
import { didYouMean } from '../schema/did-you-mean.js';
import { vendorPlanSchema } from '../schema/vendor-plan.js';
import { validateSource } from '../schema/validate.js';
import { ratesDir, type Io } from './io.js';
import { readTextFile } from './read-text.js';
import { parseYamlSource } from './yaml-source.js';

/** The catalog folder: `<ratesDir>/vendors` (`WA_COST_RATES_DIR/vendors` when that is set). */
export function vendorCatalogDir(io: Pick<Io, 'env' | 'cwd'>): string {
  return join(ratesDir(io), 'vendors');
}

/** A path relative to the working folder when inside it (stable, clickable messages), else as is. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Reads and validates one vendor plan file; `name` is how messages name it (default: the path). */
export async function readVendorPlanFile(file: string, name = file): Promise<VendorPlan> {
  const text = await readTextFile(file).catch((err: unknown) => {
    if (err instanceof InputError)
      throw new InputError(
        err.code,
        err.problems.map((p) => ({ ...p, file: p.file === file ? name : p.file })),
      );
    throw err;
  });
  const plan = validateSource(vendorPlanSchema, parseYamlSource(text, name));
  return { ...plan, file: name };
}

/** Every plan in a folder (`*.yaml`, `*.yml`), sorted by id; problems of all files reported together. */
export async function readVendorPlanDir(dir: string, cwd = ''): Promise<VendorPlan[]> {
  const show = (p: string) => (cwd ? displayPath(p, cwd) : p);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch (err) {
    throw new InputError('E_VENDOR_DIR', [
      {
        file: dir,
        message: `vendor folder cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
        hint: 'check the path (or WA_COST_RATES_DIR), or reinstall wa-cost',
      },
    ]);
  }
  const problems: Problem[] = [];
  const plans: VendorPlan[] = [];
  // Read in parallel, reported in name order.
  const read = await Promise.allSettled(
    names.map((name) => readVendorPlanFile(join(dir, name), show(join(dir, name)))),
  );
  for (const r of read) {
    if (r.status === 'fulfilled') plans.push(r.value);
    else if (r.reason instanceof ValidationError || r.reason instanceof InputError)
      problems.push(...r.reason.problems);
    else throw r.reason;
  }
  const seen = new Map<string, string>();
  for (const p of plans) {
    const other = seen.get(p.id);
    if (other)
      problems.push({
        file: p.file,
        message: `vendor plan id "${p.id}" is also used by ${other}`,
        hint: 'give each vendor plan a unique id',
      });
    seen.set(p.id, p.file);
  }
  if (problems.length > 0) throw new InputError('E_VENDOR_INVALID', problems);
  return plans.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** Plans from a file or a folder (`--vendors FILE|DIR`). */
export async function readVendorPlans(path: string, io: Pick<Io, 'cwd'>): Promise<VendorPlan[]> {
  const full = resolve(io.cwd, path);
  const isDir = await stat(full).then(
    (s) => s.isDirectory(),
    () => false,
  );
  return isDir
    ? readVendorPlanDir(full, io.cwd)
    : [await readVendorPlanFile(full, displayPath(full, io.cwd))];
}

/** The shipped (or `WA_COST_RATES_DIR`) catalog. */
export async function loadVendorCatalog(io: Pick<Io, 'env' | 'cwd'>): Promise<VendorPlan[]> {
  return readVendorPlanDir(vendorCatalogDir(io), io.cwd);
}

export interface VendorUse {
  io: Pick<Io, 'env' | 'cwd'>;
  /** Folder a relative file path is resolved against (the plan's folder); default `io.cwd`. */
  baseDir?: string;
  /** The plan's currency: the vendor plan must be in it (no silent conversion). */
  currency?: string;
  /** The billing the plan asks for: `annual` needs an annual price or discount. */
  billing?: 'monthly' | 'annual';
  /** The referring file, key and (optionally) position, for messages (`plans/q3.yaml:31:9 vendor.plan`). */
  from?: { file: string; path: string; line?: number; col?: number };
}

/**
 * The catalog plan `<id>.yaml`, when that file exists and holds the plan with this id (every shipped
 * plan does): reading one file instead of the whole catalog saves ~15 ms of each estimate with a vendor
 * (docs/startup.md). Undefined otherwise; the caller then searches the whole catalog.
 */
async function readCatalogPlanById(id: string, io: Pick<Io, 'env' | 'cwd'>): Promise<VendorPlan | undefined> {
  if (!/^[\w.-]+$/.test(id)) return undefined;
  const file = join(vendorCatalogDir(io), `${id}.yaml`);
  const isFile = await stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!isFile) return undefined;
  const plan = await readVendorPlanFile(file, displayPath(file, io.cwd));
  return plan.id === id ? plan : undefined;
}

/**
 * A vendor plan by catalog id (`respond-io-growth`) or file path (anything with a `/` or ending in
 * `.yaml`/`.yml`). Checks currency and billing against the plan; throws InputError (exit 3).
 */
export async function loadVendorPlan(ref: string, use: VendorUse): Promise<VendorPlan> {
  const isPath = /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref);
  let plan: VendorPlan;
  if (isPath) {
    const full = resolve(use.baseDir ?? use.io.cwd, ref);
    plan = await readVendorPlanFile(full, displayPath(full, use.io.cwd));
  } else {
    const own = await readCatalogPlanById(ref, use.io);
    const catalog = own ? [own] : await loadVendorCatalog(use.io);
    const found = catalog.find((p) => p.id === ref);
    if (!found) {
      const hint = didYouMean(
        ref,
        catalog.map((p) => p.id),
      );
      throw new InputError('E_VENDOR_UNKNOWN', [
        {
          ...at(use),
          message: `unknown vendor plan "${ref}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
          hint: 'run `wa-cost vendors list` for the catalog ids, or give a path to a vendor plan file',
        },
      ]);
    }
    plan = found;
  }
  const problems: Problem[] = [];
  if (use.currency && plan.currency !== use.currency) {
    problems.push({
      ...at(use),
      message: `vendor plan "${plan.id}" is priced in ${plan.currency} but the plan is in ${use.currency}; wa-cost does not convert currencies silently`,
      hint: `set the plan's currency to ${plan.currency}, or use a vendor plan in ${use.currency}`,
    });
  }
  const s = plan.subscription;
  if (
    use.billing === 'annual' &&
    s &&
    !s.annualFee &&
    !s.annualMonthlyFee &&
    plan.annualDiscountPct.isZero() &&
    s.monthlyFee !== null
  ) {
    problems.push({
      ...at(use),
      message: `vendor plan "${plan.id}" publishes no annual price or annual discount`,
      hint: 'use `billing: monthly`, or add `annual_fee` or `annual_discount_pct` to the vendor plan',
    });
  }
  if (problems.length > 0) throw new InputError('E_VENDOR_MISMATCH', problems);
  return plan;
}

function at(use: VendorUse): Pick<Problem, 'file' | 'path' | 'line' | 'col'> {
  return use.from ? { ...use.from } : {};
}
