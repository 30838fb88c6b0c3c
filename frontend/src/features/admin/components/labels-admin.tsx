import type { FormEvent } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { ConfirmButton } from '@/components/confirm-button';
import { QueryView } from '@/components/query-view';
import { TextField } from '@/components/text-field';
import { readForm, useFieldErrors } from '@/hooks/use-field-errors';
import { useI18n } from '@/i18n/i18n-context';
import { useDeleteLabel, useLabels, useSaveLabel, type LabelKind } from '../api/catalog-admin';

/** Categories and brands side by side. */
export function LabelsAdmin() {
  const { t } = useI18n();
  return (
    <div className="two-columns">
      <LabelList kind="server-categories" title={t('admin.labels.categories')} />
      <LabelList kind="server-brands" title={t('admin.labels.brands')} />
    </div>
  );
}

/** One kind of label: add by name, rename in place, delete (409 while a server or plan uses it). */
function LabelList({ kind, title }: { kind: LabelKind; title: string }) {
  const { t } = useI18n();
  const labels = useLabels(kind);
  const save = useSaveLabel();
  const remove = useDeleteLabel();
  const { formRef, fieldError, check } = useFieldErrors(save.error);

  const onAdd = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const { name } = readForm(form, ['name'] as const);
    if (check(name ? {} : { name: [t('auth.required')] })) save.mutate({ kind, name }, { onSuccess: () => form.reset() });
  };

  return (
    <section className="card stack" aria-label={title}>
      <h2>{title}</h2>
      <form ref={formRef} className="form form--inline" onSubmit={onAdd} noValidate>
        <TextField label={t('admin.labels.newName')} name="name" error={fieldError('name')} />
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('admin.labels.add')}
        </button>
      </form>
      {(remove.isError || (save.isError && !fieldError('name'))) && <ApiErrorAlert error={remove.error ?? save.error} />}
      <QueryView query={labels} loading={t('admin.loadingData')} error={t('admin.errorData')}>
        {(list) => (
          <ul className="card-list">
            {list.map((label) => (
              <li key={label.id} className="card card--row">
                <span dir="auto">
                  {label.name} <code dir="ltr">{label.slug}</code>
                </span>
                <span className="actions actions--tight">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => {
                      const name = window.prompt(t('admin.labels.renamePrompt'), label.name)?.trim();
                      if (name && name !== label.name) save.mutate({ kind, id: label.id, name });
                    }}
                  >
                    {t('admin.labels.rename')}
                  </button>
                  <ConfirmButton label={t('admin.delete')} question={t('admin.labels.deleteQuestion', { name: label.name })} danger onConfirm={() => remove.mutate({ kind, id: label.id })} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}
