import type { Translate } from '@/i18n/translate';
import type { FieldErrors } from '@/lib/api-error';

/** "This field is required." for every empty value. */
export function requiredErrors(values: Record<string, string>, t: Translate): FieldErrors {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value === '')
      .map(([name]) => [name, [t('auth.required')]]),
  );
}
