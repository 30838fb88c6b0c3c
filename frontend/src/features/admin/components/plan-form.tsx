import { useState, type FormEvent } from 'react';
import { PROTOCOLS } from '../api/protocols';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { SelectField } from '@/components/select-field';
import { TextField } from '@/components/text-field';
import { readForm, useFieldErrors } from '@/hooks/use-field-errors';
import { useI18n } from '@/i18n/i18n-context';
import type { Id } from '@/lib/api-schemas';
import type { AdminPlan } from '../api/admin-schemas';
import { useSavePlan, type PlanInput } from '../api/catalog-admin';
import { CheckboxField } from './checkbox-field';
import { InboundPool } from './inbound-pool';
import { useLabelOptions } from './label-options';
import { FormActions } from './form-actions';

const FIELDS = ['name', 'description', 'amount', 'currency', 'durationDays', 'maxConnections', 'bandwidthLimitGb', 'categoryId', 'brandId'] as const;
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** Create or edit a plan: price, term, limits, labels and the pool of inbounds (same protocol). */
export function PlanForm({ plan, onDone }: { plan?: AdminPlan; onDone: () => void }) {
  const { t } = useI18n();
  const save = useSavePlan();
  const { categories, brands } = useLabelOptions();
  const [protocol, setProtocol] = useState(plan?.protocol ?? 'vless');
  const [pool, setPool] = useState<Id[]>(plan?.inboundIds ?? []);
  const { formRef, fieldError, check } = useFieldErrors(save.error, { amount: ['price'], currency: ['price'] });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const v = readForm(form, FIELDS);
    const errors: Record<string, string[]> = {};
    for (const name of ['name', 'durationDays', 'maxConnections'] as const) if (!v[name]) errors[name] = [t('auth.required')];
    if (!AMOUNT.test(v.amount)) errors.amount = [t('catalog.priceInvalid')];
    if (!check(errors)) return;
    const input: PlanInput = {
      name: v.name,
      description: v.description,
      price: { amount: v.amount, currency: v.currency.toUpperCase() || 'USD' },
      durationDays: Number(v.durationDays),
      maxConnections: Number(v.maxConnections),
      bandwidthLimitGb: v.bandwidthLimitGb ? Number(v.bandwidthLimitGb) : null,
      protocol,
      categoryId: Number(v.categoryId),
      brandId: Number(v.brandId),
      inboundIds: pool,
      active: new FormData(form).get('active') === 'on',
    };
    save.mutate({ id: plan?.id, input }, { onSuccess: onDone });
  };

  const fieldless = save.isError && [...FIELDS, 'price', 'protocol', 'inboundIds'].every((name) => !fieldError(name));
  return (
    <form ref={formRef} className="form admin-form" onSubmit={onSubmit} noValidate aria-label={plan ? t('admin.plans.edit', { name: plan.name }) : t('admin.plans.add')}>
      <TextField label={t('admin.servers.name')} name="name" defaultValue={plan?.name} error={fieldError('name')} />
      <TextField label={t('admin.plans.description')} name="description" defaultValue={plan?.description ?? ''} error={fieldError('description')} />
      <TextField label={t('plan.price')} name="amount" inputMode="decimal" dir="ltr" defaultValue={plan?.price.amount} placeholder="9.99" error={fieldError('amount')} />
      <TextField label={t('admin.plans.currency')} name="currency" maxLength={3} dir="ltr" defaultValue={plan?.price.currency ?? 'USD'} error={fieldError('currency') === fieldError('amount') ? undefined : fieldError('currency')} />
      <TextField label={t('admin.plans.durationDays')} name="durationDays" type="number" min={1} defaultValue={plan?.durationDays ?? 30} error={fieldError('durationDays')} />
      <TextField label={t('plan.devices')} name="maxConnections" type="number" min={1} defaultValue={plan?.maxConnections ?? 1} error={fieldError('maxConnections')} />
      <TextField label={t('admin.plans.bandwidth')} name="bandwidthLimitGb" type="number" min={1} defaultValue={plan?.bandwidthLimitGb ?? ''} hint={t('admin.plans.bandwidthHint')} error={fieldError('bandwidthLimitGb')} />
      <SelectField
        label={t('plan.protocol')}
        name="protocol"
        value={protocol}
        onChange={(event) => {
          setProtocol(event.target.value);
          setPool([]);
        }}
        options={PROTOCOLS.map((value) => ({ value, label: value }))}
        error={fieldError('protocol')}
      />
      <SelectField label={t('catalog.category')} name="categoryId" options={categories} defaultValue={plan?.categoryId != null ? String(plan.categoryId) : undefined} error={fieldError('categoryId')} />
      <SelectField label={t('catalog.brand')} name="brandId" options={brands} defaultValue={plan?.brandId != null ? String(plan.brandId) : undefined} error={fieldError('brandId')} />
      <InboundPool protocol={protocol} selected={pool} onChange={setPool} error={fieldError('inboundIds')} />
      <CheckboxField label={t('admin.active')} name="active" defaultChecked={plan?.active ?? true} />
      {fieldless && <ApiErrorAlert error={save.error} />}
      <FormActions pending={save.isPending} label={t('admin.save')} onClose={onDone} />
    </form>
  );
}
