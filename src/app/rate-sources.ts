import { relative, resolve } from 'node:path';
import { InputError, ValidationError, WaCostError, type Problem } from '../errors.js';
import type { Io } from '../io/io.js';
import {
  loadOverrideFile,
  overrideLabel,
  toOverride,
  type LocatedOverride,
  type OverrideFile,
} from '../io/load-rate-overrides.js';
import { knownMarkets } from '../core/card-staleness.js';
import { fxResolver, type FxRate } from '../core/fx-resolver.js';
import type { Warning } from '../core/line-item.js';
import { resolveMarket } from '../core/markets.js';
import { findOverride, overrideResolver } from '../core/override-resolver.js';
import type { PricingInput, RateResolver } from '../core/pricing-input.js';
import type { RateBook, RateCard } from '../core/rate-card.js';
import { cardResolver, selectCard } from '../core/select-card.js';
import { didYouMean } from '../schema/did-you-mean.js';
import { duplicateIssues, type OverrideEntry } from '../schema/rate-override.js';
import type { LoadedPlan } from './load-plan.js';

/** Where a plan's rates come from: Meta's card (maybe converted), then the user's overrides. */
export interface RateSources {
  /** The Meta card priced from: the plan currency's, or the USD card when converting with `fx`. */
  card: RateCard;
  fx?: FxRate;
  /** Override files in precedence order (later wins on equal specificity). */
  overrides: OverrideFile[];
  resolver: RateResolver;
  warnings: Warning[];
}

/**
 * Selects the card for `currency` on `date` (or the USD card plus the plan's `fx` rate when Meta has no
 * card in that currency then), loads the overrides (plan `rate_overrides:` first, then each `--rates`
 * file, so the command line wins ties) and composes the resolver. All override problems at once.
 */
export async function resolveRateSources(
  loaded: LoadedPlan,
  opts: { currency: string; date: string; rateFiles: readonly string[] },
  book: RateBook,
  io: Io,
): Promise<RateSources> {
  const { plan } = loaded;
  const { currency, date } = opts;
  const warnings: Warning[] = [];
  const fxEntry = plan.fx?.[currency];
  let card = selectCard(book.cards, currency, date);
  let fx: FxRate | undefined;
  if (!card) {
    const usd = fxEntry && selectCard(book.cards, 'USD', date);
    if (!fxEntry || !usd) throw noCard(book.cards, currency, date, loaded.file);
    card = usd;
    fx = { from: 'USD', to: currency, rate: fxEntry.rate, asOf: fxEntry.as_of, source: fxEntry.source };
    warnings.push({
      code: 'fx-conversion',
      message: `Meta has no ${currency} card in force on ${date}: rates are ${card.id} converted at your fx rate ${fx.rate.toFixed()} ${currency}/USD (${fx.source}, ${fx.asOf}). Meta bills a WhatsApp Business Account from the card of its own currency and does not convert (RULES §2.7), so a real ${currency} bill may differ.`,
    });
  } else if (fxEntry) {
    warnings.push({
      code: 'fx-unused',
      message: `fx.${currency} is not used: Meta's ${currency} card ${card.id} is in force on ${date} (conversion applies only when Meta has no card in the plan currency).`,
    });
  }
  const { files: overrides, problems: loadProblems } = await overridesOf(loaded, opts.rateFiles, io);
  const problems = [...loadProblems, ...checkOverrides(overrides, currency, knownMarkets(book))];
  if (problems.length > 0) throw new ValidationError(problems, 'E_OVERRIDE_INVALID');
  // Canonical market names (a file may write "india"), in precedence order.
  const entries = overrides.flatMap((f) => f.entries.map((e) => e.override));
  let resolver = cardResolver(card, book, date);
  if (fx) resolver = fxResolver(resolver, fx);
  if (entries.length > 0) resolver = overrideResolver(resolver, entries);
  return { card, fx, overrides, resolver, warnings };
}

// A horizon split into segments resolves its sources once per segment date: the files are read once.
const overridesRead = new WeakMap<LoadedPlan, Map<string, ReturnType<typeof loadOverrides>>>();

/** loadOverrides, once per plan and list of --rates files. */
function overridesOf(
  loaded: LoadedPlan,
  rateFiles: readonly string[],
  io: Io,
): ReturnType<typeof loadOverrides> {
  const byFiles = overridesRead.get(loaded) ?? new Map<string, ReturnType<typeof loadOverrides>>();
  overridesRead.set(loaded, byFiles);
  const key = rateFiles.join('\u0000');
  let read = byFiles.get(key);
  if (!read) byFiles.set(key, (read = loadOverrides(loaded, rateFiles, io)));
  return read;
}

/** Reads every override file: one unreadable or invalid file throws its own error; more are collected. */
async function loadOverrides(
  loaded: LoadedPlan,
  rateFiles: readonly string[],
  io: Io,
): Promise<{ files: OverrideFile[]; problems: Problem[] }> {
  const fromPlan = loaded.plan.rate_overrides;
  const items = fromPlan === undefined ? [] : typeof fromPlan === 'string' ? [fromPlan] : fromPlan;
  const problems: Problem[] = [];
  const errors: WaCostError[] = [];
  const files: (OverrideFile | undefined)[] = [];
  const inline: { entry: OverrideEntry; index: number }[] = [];
  const read = async (path: string, shown: string, from?: (string | number)[]) => {
    try {
      return await loadOverrideFile(path, shown);
    } catch (err) {
      if (!(err instanceof WaCostError && err.exitCode === 3)) throw err;
      // A file named in the plan: also point at the line that names it.
      const at = from && {
        file: loaded.file,
        ...loaded.locate(from),
        path: from.join('.'),
        message: `the override file ${shown} is named here (paths in a plan are relative to its folder)`,
      };
      errors.push(at ? new InputError(err.code, [...err.problems, at]) : err);
      return undefined;
    }
  };
  for (const [index, item] of items.entries()) {
    if (typeof item === 'string') {
      const path = resolve(loaded.baseDir, item);
      files.push(
        await read(
          path,
          relative(io.cwd, path) || item,
          typeof fromPlan === 'string' ? ['rate_overrides'] : ['rate_overrides', index],
        ),
      );
    } else inline.push({ entry: item, index });
  }
  if (inline.length > 0) files.push(inlineOverrides(loaded, inline, problems));
  for (const f of rateFiles) files.push(await read(resolve(io.cwd, f), f));
  // One bad file keeps its own error code; several are reported together.
  if (errors.length === 1 && problems.length === 0) throw errors[0]!;
  problems.push(...errors.flatMap((e) => e.problems));
  return { files: files.filter((f): f is OverrideFile => f !== undefined), problems };
}

/** Entries written in the plan itself: in the plan currency, named `override: plan.yaml#rate_overrides`. */
function inlineOverrides(
  loaded: LoadedPlan,
  inline: { entry: OverrideEntry; index: number }[],
  problems: Problem[],
): OverrideFile {
  const file = `${loaded.file}#rate_overrides`;
  for (const d of duplicateIssues(
    inline.map((i) => i.entry),
    (i) => `rate_overrides[${inline[i]!.index}]`,
  )) {
    const at = loaded.locate(['rate_overrides', inline[d.index]!.index]);
    problems.push({
      file: loaded.file,
      ...at,
      path: `rate_overrides[${inline[d.index]!.index}]`,
      message: d.message,
    });
  }
  return {
    file,
    format: 'yaml',
    entries: inline.map(({ entry, index }) => ({
      override: toOverride(entry, overrideLabel(file)),
      marketAt: loaded.locate(['rate_overrides', index, 'market']),
      path: `rate_overrides[${index}]`,
    })),
  };
}

/** Unknown markets (with "did you mean") and rates in another currency than the plan's. */
export function checkOverrides(
  files: OverrideFile[],
  currency: string | undefined,
  markets: string[],
): Problem[] {
  const problems: Problem[] = [];
  const byLower = new Map(markets.map((m) => [m.toLowerCase(), m]));
  for (const f of files) {
    // Inline entries are written in the plan's currency; a file says its own.
    const fileName = f.file.replace(/#rate_overrides$/, '');
    if (currency && f.currency && f.currency !== currency)
      problems.push({
        file: fileName,
        ...f.currencyAt,
        message: `rates in ${f.currency}, but the plan is priced in ${currency}`,
        hint: `give rates in ${currency} (the WhatsApp Business Account's currency), or use markup_pct`,
      });
    for (const e of f.entries) checkMarket(e, fileName, byLower, markets, problems);
  }
  return problems;
}

function checkMarket(
  e: LocatedOverride,
  file: string,
  byLower: Map<string, string>,
  markets: string[],
  problems: Problem[],
): void {
  const market = e.override.market;
  if (market === undefined) return;
  const canonical = byLower.get(market.toLowerCase());
  if (canonical) {
    e.override.market = canonical;
    return;
  }
  const hint = didYouMean(market, markets);
  problems.push({
    file,
    ...e.marketAt,
    path: `${e.path}.market`,
    message: `unknown market "${market}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
    hint: hint ? undefined : `Meta's markets: ${markets.join(', ')}`,
  });
}

/**
 * Overrides sit on lines that Meta would discount with volume tiers: say so, since an override is a
 * contract price and gets no Meta tiers (docs/rate-cards.md).
 */
export function overrideTierWarnings(
  input: PricingInput,
  sources: Pick<RateSources, 'overrides'>,
  base: RateResolver,
  book: Pick<RateBook, 'markets'>,
): Warning[] {
  const entries = sources.overrides.flatMap((f) => f.entries.map((e) => e.override));
  if (entries.length === 0) return [];
  const out = new Map<string, Warning>();
  for (const c of input.campaigns) {
    if (c.category === 'marketing') continue;
    for (const country of c.recipients.keys()) {
      const market = resolveMarket(book.markets, country, input.date);
      const o = findOverride(entries, market, c.category);
      if (!o || !base.tiers(market, c.category)) continue;
      out.set(`${market}:${c.category}`, {
        code: 'override-no-tiers',
        message: `${c.category} in ${market} is priced with ${o.source}: Meta's volume tiers are not applied to your own rates.`,
      });
    }
  }
  return [...out.values()];
}

function noCard(cards: readonly RateCard[], currency: string, date: string, file: string): InputError {
  const byCurrency = new Map<string, string[]>();
  for (const c of cards) byCurrency.set(c.currency, [...(byCurrency.get(c.currency) ?? []), c.effectiveDate]);
  const list = [...byCurrency]
    .sort()
    .map(([cur, dates]) => `${cur} (${dates.sort().join(', ')})`)
    .join('; ');
  const problems: Problem[] = [
    {
      file,
      message: byCurrency.has(currency)
        ? `no ${currency} card is in force on ${date}: the earliest is ${[...(byCurrency.get(currency) ?? [])].sort()[0]}`
        : `wa-cost has no Meta rate card in ${currency}`,
      hint: `cards exist for: ${list}. Set \`currency:\` (or --currency) to one of them, or a later as_of, or convert Meta's USD card at your own rate with \`fx: { ${currency}: { rate: "…", as_of: YYYY-MM-DD, source: "…" } }\` in the plan`,
    },
  ];
  return new InputError('E_NO_RATE_CARD', problems);
}
