import { InputError } from '../../errors.js';

/**
 * Header names that identify the phone column, in order of preference (compared after lower-casing
 * and removing spaces, `_`, `-` and `.`). Covers English, German, French, Spanish, Portuguese, Italian,
 * Dutch exports and common CRM/shop names.
 */
export const PHONE_COLUMN_NAMES = [
  'phone',
  'phonenumber',
  'mobile',
  'mobilephone',
  'mobilenumber',
  'cell',
  'cellphone',
  'msisdn',
  'whatsapp',
  'whatsappnumber',
  'wanumber',
  'telephone',
  'tel',
  'telefon',
  'telefonnummer',
  'handy',
  'mobil',
  'telefono',
  'teléfono',
  'celular',
  'movil',
  'móvil',
  'telefone',
  'cellulare',
  'téléphone',
  'portable',
  'mobiel',
  'telefoonnummer',
  'number',
  'contactnumber',
  'phone1',
  'mobile1',
];

/** Header names that identify an ISO country column. */
export const COUNTRY_COLUMN_NAMES = [
  'country',
  'countrycode',
  'iso2',
  'land',
  'pays',
  'pais',
  'país',
  'paese',
];

function key(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]/g, '');
}

/**
 * Index of the column named `wanted` (exact, then case/spacing-insensitive), or of the first header
 * matching `candidates`. Throws an InputError listing the columns found and the names tried when
 * nothing matches and `required`; returns -1 otherwise.
 */
export function findColumn(
  headers: readonly string[],
  wanted: string | undefined,
  candidates: readonly string[],
  what: { file: string; label: string; flag: string; required: boolean },
): number {
  const keys = headers.map(key);
  if (wanted !== undefined) {
    const exact = headers.indexOf(wanted);
    const index = exact !== -1 ? exact : keys.indexOf(key(wanted));
    if (index !== -1) return index;
    throw new InputError('E_CONTACTS_COLUMN', [
      {
        file: what.file,
        line: 1,
        message: `no ${what.label} column "${wanted}"; the columns are: ${headers.map((h) => JSON.stringify(h)).join(', ')}`,
        hint: `pass one of these names to ${what.flag}`,
      },
    ]);
  }
  for (const c of candidates) {
    const index = keys.indexOf(c);
    if (index !== -1) return index;
  }
  if (!what.required) return -1;
  throw new InputError('E_CONTACTS_COLUMN', [
    {
      file: what.file,
      line: 1,
      message: `no ${what.label} column found; the columns are: ${headers.map((h) => JSON.stringify(h)).join(', ')}; names tried: ${candidates.join(', ')}`,
      hint: `name the column with ${what.flag} <name>`,
    },
  ]);
}
