import { useEffect, useRef, useState } from 'react';
import { isApiError, type FieldErrors } from '@/lib/api-error';

/**
 * Field errors for a form: ours from checking before submit, else the server's from the error
 * envelope. When errors appear, focus moves to the first invalid field. `aliases` names the server's
 * other keys for a field (e.g. `quantity` ← `items[0].quantity`), so its error shows at that field.
 */
export function useFieldErrors(serverError: unknown, aliases: Record<string, string[]> = {}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const serverErrors = isApiError(serverError) ? serverError.fieldErrors : {};

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [clientErrors, serverError]);

  const fieldError = (name: string): string | undefined =>
    clientErrors[name]?.[0] ?? [name, ...(aliases[name] ?? [])].map((key) => serverErrors[key]?.[0]).find(Boolean);

  /** Records the client-side errors and says whether the form may be sent. */
  const check = (errors: FieldErrors): boolean => {
    setClientErrors(errors);
    return Object.keys(errors).length === 0;
  };

  return { formRef, fieldError, check };
}

/** The named fields of a submitted form as trimmed strings (passwords are left as typed). */
export function readForm<K extends string>(form: HTMLFormElement, names: readonly K[]): Record<K, string> {
  const data = new FormData(form);
  return Object.fromEntries(
    names.map((name) => {
      const value = String(data.get(name) ?? '');
      return [name, name === 'password' ? value : value.trim()];
    }),
  ) as Record<K, string>;
}
