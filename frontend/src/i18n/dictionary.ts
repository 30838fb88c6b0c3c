import type { en } from './dictionaries/en';

/** Plural variants chosen with Intl.PluralRules; `other` is the fallback every language needs. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type Dictionary = Record<string, string | PluralForms>;

export type MessageKey = keyof typeof en;

/** A translation: the English keys, each a string where English has a string, else plural forms. */
export type Messages = { [K in MessageKey]: (typeof en)[K] extends string ? string : PluralForms };

export type MessageVars = Record<string, string | number>;

/** A translation of one part of the English dictionary (e.g. `MessagesOf<typeof enShop>`). */
export type MessagesOf<T> = { [K in keyof T]: T[K] extends string ? string : PluralForms };
