import type { FormEvent } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { TextField } from '@/components/text-field';
import { readForm, useFieldErrors } from '@/hooks/use-field-errors';
import { useI18n } from '@/i18n/i18n-context';
import { useLogin } from '../api/login';
import { requiredErrors } from './required-errors';

/** Email and password; the server's message (e.g. wrong credentials) shows above the fields. */
export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useI18n();
  const loginMutation = useLogin();
  const { formRef, fieldError, check } = useFieldErrors(loginMutation.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = readForm(event.currentTarget, ['email', 'password'] as const);
    if (check(requiredErrors(input, t))) loginMutation.mutate(input, { onSuccess });
  };

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
      {loginMutation.isError && <ApiErrorAlert error={loginMutation.error} />}
      <TextField label={t('auth.email')} name="email" type="email" autoComplete="username" required error={fieldError('email')} />
      <TextField
        label={t('auth.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError('password')}
      />
      <button type="submit" className="button button--primary" disabled={loginMutation.isPending}>
        {loginMutation.isPending ? t('auth.submitting') : t('auth.login.submit')}
      </button>
    </form>
  );
}
