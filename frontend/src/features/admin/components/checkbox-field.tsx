import { useId, type InputHTMLAttributes } from 'react';

/** A labelled checkbox (the whole label is the touch target). */
export function CheckboxField({ label, ...input }: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string }) {
  const id = useId();
  return (
    <div className="checkbox-field">
      <input id={id} type="checkbox" {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
