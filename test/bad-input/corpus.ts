/**
 * The bad-input corpus: every case is an invocation of the CLI on a broken input, with the exit code it
 * must end with and whether the error must carry a line and column. The golden file of each case holds
 * the exact message. Files live in fixtures/bad/ (generated ones are made by `setup`).
 */
export interface BadCase {
  args: string[];
  exit: 2 | 3;
  /** The message must name `file:line:col` (false where no position exists: missing file, encoding of the whole file). */
  located: boolean;
  /** Text the message must name (the file, by default the last argument that looks like a path). */
  names?: string;
  input?: string;
}

const plan = (file: string, exit: 2 | 3 = 3, located = true): BadCase => ({
  args: ['estimate', `fixtures/bad/${file}`],
  exit,
  located,
});
const GOOD = 'fixtures/plans/per-message-2026.yaml';

export const PLAN_CASES: Record<string, BadCase> = {
  'plan-yaml-syntax': plan('plan-yaml-syntax.yaml'),
  'plan-many-problems': plan('plan-many-problems.yaml'),
  'plan-empty': plan('plan-empty.yaml', 3, false),
  'plan-only-comments': plan('plan-only-comments.yaml', 3, false),
  'plan-not-a-map': plan('plan-not-a-map.yaml'),
  'plan-scalar': plan('plan-scalar.yaml'),
  'plan-wrong-types': plan('plan-wrong-types.yaml'),
  'plan-negative-numbers': plan('plan-negative-numbers.yaml'),
  'plan-huge-numbers': plan('plan-huge-numbers.yaml'),
  'plan-nan-infinity': plan('plan-nan-infinity.yaml'),
  'plan-pct-over-100': plan('plan-pct-over-100.yaml'),
  'plan-unknown-country': plan('plan-unknown-country.yaml'),
  'plan-unknown-category': plan('plan-unknown-category.yaml'),
  'plan-duplicate-keys': plan('plan-duplicate-keys.yaml'),
  'plan-proto-key': plan('plan-proto-key.yaml'),
  'plan-alias-bomb': plan('plan-alias-bomb.yaml', 3, false),
  'plan-deep-nesting': plan('plan-deep-nesting.yaml', 3, false),
  'plan-binary': plan('plan-binary.yaml'),
  'plan-utf16': plan('plan-utf16.yaml', 3, false),
  'plan-latin1': plan('plan-latin1.yaml'),
  'plan-is-a-directory': plan('plan-is-a-directory', 3, false),
  'plan-missing-file': plan('no-such-plan.yaml', 3, false),
  'plan-unknown-audience': plan('plan-unknown-audience.yaml'),
  'plan-missing-required': plan('plan-missing-required.yaml'),
  'plan-bad-date': plan('plan-bad-date.yaml'),
  'plan-before-2023': plan('plan-before-2023.yaml'),
  'plan-version-2': plan('plan-version-2.yaml'),
  'plan-duplicate-campaign-names': plan('plan-duplicate-campaign-names.yaml'),
  'plan-window-shares-over-100': plan('plan-window-shares-over-100.yaml'),
  'plan-auth-intl-without-country': plan('plan-auth-intl-without-country.yaml'),
  'plan-nothing-to-price': plan('plan-nothing-to-price.yaml'),
  'plan-tabs-indent': plan('plan-tabs-indent.yaml'),
  'plan-unclosed-quote': plan('plan-unclosed-quote.yaml'),
  'plan-contacts-missing-file': plan('plan-contacts-missing-file.yaml', 3, false),
  'plan-audience-both-forms': plan('plan-audience-both-forms.yaml'),
  'plan-currency-bad': plan('plan-currency-bad.yaml'),
  'plan-no-card-for-currency': plan('plan-no-card-for-currency.yaml', 3, false),
  'plan-missing-rate': plan('plan-missing-rate.yaml', 3, false),
  'plan-hex-octal-numbers': plan('plan-hex-octal-numbers.yaml'),
  'plan-months-fraction': plan('plan-months-fraction.yaml'),
  'plan-null-values': plan('plan-null-values.yaml'),
  'plan-unknown-top-level-key': plan('plan-unknown-top-level-key.yaml'),
  'plan-stdin-garbage': {
    args: ['estimate', '-'],
    exit: 3,
    located: true,
    names: '<stdin>',
    input: 'version: 1\nname: [unclosed\n',
  },
};

export const FLAG_CASES: Record<string, BadCase> = {
  'flag-bad-format': { args: ['estimate', GOOD, '--format', 'xml'], exit: 2, located: false, names: 'xml' },
  'flag-bad-date': {
    args: ['estimate', GOOD, '--as-of', '2026-13-01'],
    exit: 2,
    located: false,
    names: '2026-13-01',
  },
  'flag-months-zero': { args: ['estimate', GOOD, '--months', '0'], exit: 2, located: false, names: '"0"' },
  'flag-months-text': { args: ['estimate', GOOD, '--months', 'abc'], exit: 2, located: false, names: 'abc' },
  'flag-currency-digits': {
    args: ['estimate', GOOD, '--currency', '12'],
    exit: 2,
    located: false,
    names: '12',
  },
  'flag-unknown-option': { args: ['estimate', GOOD, '--bogus'], exit: 2, located: false, names: '--bogus' },
  'flag-missing-argument': { args: ['estimate'], exit: 2, located: false, names: 'plan' },
  'flag-unknown-command': { args: ['estimat', GOOD], exit: 2, located: false, names: 'estimat' },
  'flag-as-of-before-2023': {
    args: ['estimate', GOOD, '--as-of', '2020-01-01'],
    exit: 2,
    located: false,
    names: '2020-01-01',
  },
  'flag-currency-without-card': {
    args: ['estimate', GOOD, '--currency', 'JPY'],
    exit: 3,
    located: false,
    names: 'JPY',
  },
};

const cli = (args: string[], exit: 2 | 3, located: boolean, names?: string): BadCase => ({
  args,
  exit,
  located,
  ...(names && { names }),
});

/** Contact lists, vendor files, override files and the other commands' flags. */
export const OTHER_CASES: Record<string, BadCase> = {
  'contacts-binary': cli(['contacts', 'fixtures/contacts/binary.csv'], 3, true),
  'contacts-empty': cli(['contacts', 'fixtures/contacts/empty.csv'], 3, false),
  'contacts-latin1': cli(['contacts', 'fixtures/contacts/latin1.csv'], 3, true),
  'contacts-utf16': cli(['contacts', 'fixtures/contacts/utf16.csv'], 3, false),
  'contacts-no-phone-column': cli(['contacts', 'fixtures/contacts/no-phone-column.csv'], 3, false),
  'contacts-unterminated-quote': cli(['contacts', 'fixtures/contacts/unterminated-quote.csv'], 3, true),
  'contacts-missing-file': cli(['contacts', 'fixtures/contacts/none.csv'], 3, false),
  'contacts-directory': cli(['contacts', 'fixtures/contacts'], 3, false),
  'contacts-bad-delimiter': cli(
    ['contacts', 'fixtures/contacts/crm-export-comma.csv', '--delimiter', 'x'],
    2,
    false,
    '"x"',
  ),
  'contacts-bad-default-country': cli(
    ['contacts', 'fixtures/contacts/crm-export-comma.csv', '--default-country', 'XX'],
    2,
    false,
    'XX',
  ),
  'plan-contacts-binary': plan('plan-contacts-binary.yaml'),
  'plan-contacts-unterminated-quote': plan('plan-contacts-unterminated-quote.yaml'),
  'plan-contacts-no-phone-column': plan('plan-contacts-no-phone-column.yaml'),
  'plan-contacts-utf16': plan('plan-contacts-utf16.yaml'),
  'vendor-many-problems': cli(['vendors', 'show', 'fixtures/vendors/bad/vendor-many-problems.yaml'], 3, true),
  'vendor-yaml-syntax': cli(['vendors', 'show', 'fixtures/vendors/bad/vendor-yaml-syntax.yaml'], 3, true),
  'vendor-markup-without-pct': cli(
    ['vendors', 'show', 'fixtures/vendors/bad/vendor-markup-without-pct.yaml'],
    3,
    true,
  ),
  'plan-vendor-unknown-id': plan('plan-vendor-unknown-id.yaml'),
  'plan-vendor-bad-file': plan('plan-vendor-bad-file.yaml'),
  'plan-vendor-other-currency': plan('plan-vendor-other-currency.yaml'),
  'plan-vendor-missing-file': plan('plan-vendor-missing-file.yaml', 3, false),
  'override-yaml-invalid': cli(['rates', 'validate', 'fixtures/overrides/bad-override.yaml'], 3, true),
  'override-csv-invalid': cli(['rates', 'validate', 'fixtures/overrides/bad-override.csv'], 3, true),
  'override-unknown-market': cli(
    ['estimate', 'fixtures/plans/per-message-2026.yaml', '--rates', 'fixtures/overrides/unknown-market.yaml'],
    3,
    true,
    'fixtures/overrides/unknown-market.yaml',
  ),
  'plan-rate-overrides-bad': plan('plan-rate-overrides-bad.yaml'),
  'roi-bad-number': cli(['roi', '--revenue', 'abc', '--cost', '10'], 2, false, 'abc'),
  'compare-unknown-vendor': cli(
    ['compare', 'fixtures/plans/per-message-2026.yaml', '--vendor', 'nope'],
    3,
    false,
    'nope',
  ),
  'rates-lookup-unknown-number': cli(['rates', 'lookup', '+999123'], 2, false, '+999123'),
  'rates-diff-before-cards': cli(['rates', 'diff', '2020-01-01', '2026-10-01'], 3, false, '2020-01-01'),
};
