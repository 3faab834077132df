import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/i18n/cli-messages';
import { detailsMessages } from '../../src/i18n/details-messages';
import { withFirstScreen } from '../../src/i18n';
import { importMessages } from '../../src/i18n/import-messages';
import { lookupMessages } from '../../src/i18n/lookup-messages';
import { jssdkMessages } from '../../src/i18n/jssdk-messages';
import { menuMessages } from '../../src/i18n/menu-messages';
import { messages } from '../../src/i18n/messages';
import { optionsMessages } from '../../src/i18n/options-messages';

/*
 * The words are split by when they load (the first screen, then each feature with its chunk): every
 * file must still say the same things in zh and en, and no word may live in two files.
 */

const FILES = { messages, detailsMessages, jssdkMessages, optionsMessages, menuMessages, importMessages, lookupMessages, cliMessages };
/** The words of the features that load after the first screen. */
const FEATURES = { detailsMessages, jssdkMessages, optionsMessages, menuMessages, importMessages, lookupMessages };

/** Each key's path with what it holds: a text, a function of n arguments, or (recursively) a group. */
function shape(value: unknown, at = ''): string[] {
  if (typeof value === 'string') return [`${at}: text`];
  if (typeof value === 'function') return [`${at}: function of ${value.length}`];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, inner]) => shape(inner, `${at}.${key}`)).sort();
  return [`${at}: ${typeof value}`];
}

describe('i18n files', () => {
  it('tells a difference in shape', () => {
    expect(shape({ a: 'x', b: (n: number) => `${n}` })).not.toEqual(shape({ a: 'x', b: 'y' }));
    expect(shape({ a: { b: 'x' } })).not.toEqual(shape({ a: { c: 'x' } }));
  });

  for (const [name, file] of Object.entries(FILES)) {
    it(`${name}: zh has the same keys, texts and functions as en`, () => {
      expect(shape(file.zh)).toEqual(shape(file.en));
      expect(shape(file.en).length).toBeGreaterThan(0);
    });
  }

  it('keeps each word in one file only', () => {
    const owners = new Map<string, string>();
    for (const [name, file] of Object.entries({ messages, ...FEATURES })) {
      for (const key of Object.keys(file.en)) {
        expect(owners.get(key), `${key} is in ${owners.get(key)} and ${name}`).toBeUndefined();
        owners.set(key, name);
      }
    }
  });

  it("joins a feature's words to the first screen's in the same language", () => {
    const joined = withFirstScreen(detailsMessages, lookupMessages);
    for (const lang of ['en', 'zh'] as const) {
      expect(joined[lang].clear).toBe(messages[lang].clear);
      expect(joined[lang].closeDetails).toBe(detailsMessages[lang].closeDetails);
      expect(joined[lang].definedBy).toBe(lookupMessages[lang].definedBy);
    }
  });
});
