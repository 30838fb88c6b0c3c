import { useI18n } from '@/i18n/i18n-context';
import { flagEmoji } from '@/lib/flag-emoji';

/** A flag and its code; screen readers hear the country's name in the reader's language. */
export function CountryFlag({ code }: { code: string }) {
  const { region } = useI18n();
  const name = region(code);
  return (
    <span className="country-flag" title={name}>
      <span aria-hidden="true">
        {flagEmoji(code)} {code.toUpperCase()}
      </span>
      <span className="visually-hidden">{name}</span>
    </span>
  );
}
