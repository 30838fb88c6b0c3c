import { useState, type FormEvent } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { SelectField } from '@/components/select-field';
import { TextField } from '@/components/text-field';
import { readForm, useFieldErrors } from '@/hooks/use-field-errors';
import { useI18n } from '@/i18n/i18n-context';
import type { Health, Server } from '../api/admin-schemas';
import { getHealth, useSaveServer, type ServerInput } from '../api/servers';
import { CheckboxField } from './checkbox-field';
import { useLabelOptions } from './label-options';
import { FormActions } from './form-actions';

const FIELDS = ['name', 'panelUrl', 'username', 'password', 'apiToken', 'publicHost', 'location', 'categoryId', 'brandId', 'capacity', 'dialect'] as const;

/**
 * Add or edit a panel. Saving is the connection test: the server is stored, then its health is
 * probed, and the result is shown here. Every field the server refuses shows its own error.
 */
export function ServerForm({ server, onDone }: { server?: Server; onDone: () => void }) {
  const { t, number } = useI18n();
  const save = useSaveServer();
  const { categories, brands } = useLabelOptions();
  const { formRef, fieldError, check } = useFieldErrors(save.error);
  const [health, setHealth] = useState<Health | 'unreachable' | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const v = readForm(form, FIELDS);
    const data = new FormData(form);
    const required = ['name', 'panelUrl', 'publicHost', 'location', 'capacity'] as const;
    const errors = Object.fromEntries(required.filter((name) => !v[name]).map((name) => [name, [t('auth.required')]]));
    if (!check(errors)) return;
    const input: ServerInput = {
      name: v.name,
      panelUrl: v.panelUrl,
      username: v.username,
      ...(v.password ? { password: v.password } : {}),
      ...(v.apiToken ? { apiToken: v.apiToken } : {}),
      tlsVerify: data.get('tlsVerify') === 'on',
      publicHost: v.publicHost,
      location: v.location.toUpperCase(),
      categoryId: Number(v.categoryId),
      brandId: Number(v.brandId),
      capacity: Number(v.capacity),
      active: data.get('active') === 'on',
      dialect: v.dialect,
    };
    setHealth(null);
    save.mutate(
      { id: server?.id, input },
      {
        onSuccess: async (saved) => {
          try {
            setHealth(await getHealth(saved.id));
          } catch {
            setHealth('unreachable');
          }
        },
      },
    );
  };

  const fieldless = save.isError && FIELDS.every((name) => !fieldError(name));
  return (
    <form ref={formRef} className="form admin-form" onSubmit={onSubmit} noValidate aria-label={server ? t('admin.servers.edit', { name: server.name }) : t('admin.servers.add')}>
      <TextField label={t('admin.servers.name')} name="name" defaultValue={server?.name} error={fieldError('name')} />
      <TextField label={t('admin.servers.panelUrl')} name="panelUrl" type="url" dir="ltr" defaultValue={server?.panelUrl} placeholder="https://panel.example.com:2053/path/" hint={t('admin.servers.panelUrlHint')} error={fieldError('panelUrl')} />
      <TextField label={t('admin.servers.username')} name="username" autoComplete="off" defaultValue={server?.username ?? ''} error={fieldError('username')} />
      <TextField label={t('admin.servers.password')} name="password" type="password" autoComplete="new-password" hint={server ? t('admin.servers.keepSecret') : undefined} error={fieldError('password')} />
      <TextField label={t('admin.servers.apiToken')} name="apiToken" type="password" autoComplete="off" hint={server?.hasApiToken ? t('admin.servers.keepSecret') : t('admin.servers.optional')} error={fieldError('apiToken')} />
      <TextField label={t('admin.servers.publicHost')} name="publicHost" dir="ltr" defaultValue={server?.publicHost} hint={t('admin.servers.publicHostHint')} error={fieldError('publicHost')} />
      <TextField label={t('catalog.location')} name="location" maxLength={2} defaultValue={server?.location} hint={t('catalog.locationInvalid')} error={fieldError('location')} />
      <SelectField label={t('catalog.category')} name="categoryId" options={categories} defaultValue={server?.categoryId != null ? String(server.categoryId) : undefined} error={fieldError('categoryId')} />
      <SelectField label={t('catalog.brand')} name="brandId" options={brands} defaultValue={server?.brandId != null ? String(server.brandId) : undefined} error={fieldError('brandId')} />
      <TextField label={t('admin.servers.capacity')} name="capacity" type="number" inputMode="numeric" min={1} defaultValue={server?.capacity ?? 100} error={fieldError('capacity')} />
      <SelectField
        label={t('admin.servers.dialect')}
        name="dialect"
        defaultValue={server?.dialect ?? 'auto'}
        options={['auto', 'classic', 'clients-api', ...(server?.dialect === 'demo' ? ['demo'] : [])].map((value) => ({ value, label: value }))}
        error={fieldError('dialect')}
      />
      <CheckboxField label={t('admin.servers.tlsVerify')} name="tlsVerify" defaultChecked={server?.tlsVerify ?? true} />
      <CheckboxField label={t('admin.active')} name="active" defaultChecked={server?.active ?? true} />
      {fieldless && <ApiErrorAlert error={save.error} />}
      {health && (
        <p role="status" className={`alert ${health !== 'unreachable' && health.reachable ? 'alert--info' : 'alert--error'}`}>
          {health !== 'unreachable' && health.reachable
            ? t('admin.servers.testOk', { ms: number(health.latencyMs ?? 0), dialect: health.dialect ?? '?', clients: number(health.clients ?? 0) })
            : t('admin.servers.testFailed')}
        </p>
      )}
      <FormActions pending={save.isPending} label={t('admin.servers.saveAndTest')} onClose={onDone} />
    </form>
  );
}
