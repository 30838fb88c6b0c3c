import { CopyButton } from './copy-button';

/** A read-only value (address, link, key) shown in full, left-to-right, with a copy button. */
export function CopyField({ label, value }: { label: string; value: string }) {
  return (
    <div className="copy-field">
      <span className="copy-field__label">{label}</span>
      <code className="copy-field__value" dir="ltr">
        {value}
      </code>
      <CopyButton value={value} label={label} />
    </div>
  );
}
