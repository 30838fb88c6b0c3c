import type { FormEvent } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { ConfirmButton } from '@/components/confirm-button';
import { CopyField } from '@/components/copy-field';
import { QueryView } from '@/components/query-view';
import { StatusBadge } from '@/components/status-badge';
import { TextField } from '@/components/text-field';
import { readForm, useFieldErrors } from '@/hooks/use-field-errors';
import { useI18n } from '@/i18n/i18n-context';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from '../api/api-keys';

/** Resellers' and admins' API keys: create (the secret is shown once), list, revoke. */
export function ApiKeys() {
  const { t, dateTime } = useI18n();
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const { formRef, fieldError, check } = useFieldErrors(create.error);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const { name } = readForm(form, ['name'] as const);
    if (check(name ? {} : { name: [t('auth.required')] })) create.mutate(name, { onSuccess: () => form.reset() });
  };

  return (
    <section className="card stack" aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">{t('apiKeys.title')}</h2>
      <p className="field__hint">{t('apiKeys.hint')}</p>
      {create.data && (
        <div role="alert" className="alert alert--info stack">
          <p className="alert__title">{t('apiKeys.createdTitle', { name: create.data.name })}</p>
          <p>{t('apiKeys.onceWarning')}</p>
          <CopyField label={t('apiKeys.key')} value={create.data.key} />
        </div>
      )}
      <form ref={formRef} className="form form--inline" onSubmit={onSubmit} noValidate>
        <TextField label={t('apiKeys.name')} name="name" autoComplete="off" error={fieldError('name')} />
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('apiKeys.create')}
        </button>
      </form>
      {create.isError && !fieldError('name') && <ApiErrorAlert error={create.error} />}
      <QueryView query={keys} loading={t('apiKeys.loading')} error={t('apiKeys.error')}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('apiKeys.empty')}</p>
          ) : (
            <ul className="card-list">
              {list.map((key) => (
                <li key={key.id} className="card card--row">
                  <div>
                    <p className="card__title" dir="auto">
                      {key.name} <code dir="ltr">{key.prefix}…</code>
                    </p>
                    <p className="card__meta">
                      {key.createdAt && t('apiKeys.created', { date: dateTime(key.createdAt) })}
                      {' · '}
                      {key.lastUsedAt ? t('apiKeys.lastUsed', { date: dateTime(key.lastUsedAt) }) : t('apiKeys.neverUsed')}
                    </p>
                  </div>
                  <div className="card__end">
                    {key.active ? (
                      <ConfirmButton label={t('apiKeys.revoke')} question={t('apiKeys.revokeQuestion', { name: key.name })} danger onConfirm={() => revoke.mutate(key.id)} />
                    ) : (
                      <StatusBadge status="REVOKED" />
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      {revoke.isError && <ApiErrorAlert error={revoke.error} />}
    </section>
  );
}
