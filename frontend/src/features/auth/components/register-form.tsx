import type { FormEvent } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { TextField } from '@/components/text-field';
import { readForm, useFieldErrors } from '@/hooks/use-field-errors';
import { useI18n } from '@/i18n/i18n-context';
import { MIN_PASSWORD_LENGTH, useRegister } from '../api/register';
import { requiredErrors } from './required-errors';

/** Name, email and password; the server's per-field errors (400) show under each field. */
export function RegisterForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useI18n();
  const registration = useRegister();
  const { formRef, fieldError, check } = useFieldErrors(registration.error);
  const min = MIN_PASSWORD_LENGTH;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = readForm(event.currentTarget, ['name', 'email', 'password'] as const);
    const errors = requiredErrors(input, t);
    if (!errors.password && input.password.length < min) errors.password = [t('auth.passwordTooShort', { min })];
    if (check(errors)) registration.mutate(input, { onSuccess });
  };

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
      {registration.isError && <ApiErrorAlert error={registration.error} />}
      <TextField label={t('auth.name')} name="name" autoComplete="name" required error={fieldError('name')} />
      <TextField label={t('auth.email')} name="email" type="email" autoComplete="email" required error={fieldError('email')} />
      <TextField
        label={t('auth.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={min}
        hint={t('auth.passwordHint', { min })}
        error={fieldError('password')}
      />
      <button type="submit" className="button button--primary" disabled={registration.isPending}>
        {registration.isPending ? t('auth.submitting') : t('auth.register.submit')}
      </button>
    </form>
  );
}
