import { describe, expect, it } from 'vitest';
import { CONTACTS_FORMATS, createContactsCommand } from '../../src/commands/contacts.js';
import { CONTACTS_RENDERERS } from '../../src/render/contacts-renderers.js';
import { fakeIo } from '../helpers/fake-io.js';

describe('contacts progress bar', () => {
  it('draws on stderr only when stderr is a terminal, and clears its line at the end', async () => {
    const tty = fakeIo({ stderrIsTTY: true });
    await createContactsCommand(tty).parseAsync(
      ['fixtures/contacts/crm-export-comma.csv', '--format', 'json'],
      { from: 'user' },
    );
    expect(tty.err[0]).toMatch(/^\rreading █+ 100% of 0\.0 MB$/);
    expect(tty.err.at(-1)).toBe('\r\x1b[K');
    expect(JSON.parse(tty.out.join('')) as unknown).toMatchObject({ rows: 18 });

    const pipe = fakeIo({ stderrIsTTY: false });
    await createContactsCommand(pipe).parseAsync(
      ['fixtures/contacts/crm-export-comma.csv', '--format', 'json'],
      { from: 'user' },
    );
    expect(pipe.err).toEqual([]);
    expect(pipe.out.join('')).toBe(tty.out.join(''));
  });
});

describe('contacts --format choices', () => {
  it('lists exactly the registered renderers', () => {
    expect([...CONTACTS_FORMATS].sort()).toEqual(Object.keys(CONTACTS_RENDERERS).sort());
  });
});
