import { useState } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { ConfirmButton } from '@/components/confirm-button';
import { DataTable } from '@/components/data-table';
import { QueryView } from '@/components/query-view';
import { StatusBadge } from '@/components/status-badge';
import { useI18n } from '@/i18n/i18n-context';
import type { AdminPlan } from '../api/admin-schemas';
import { useAdminPlans, useDeletePlan } from '../api/catalog-admin';
import { PlanForm } from './plan-form';

/** Every plan, active or not, with its pool size; add, edit, delete (409 once sold: deactivate). */
export function PlansAdmin() {
  const { t, money, number } = useI18n();
  const plans = useAdminPlans();
  const remove = useDeletePlan();
  const [editing, setEditing] = useState<AdminPlan | 'new' | null>(null);
  return (
    <div className="stack">
      {editing ? (
        <PlanForm key={editing === 'new' ? 'new' : String(editing.id)} plan={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('admin.plans.add')}
        </button>
      )}
      {remove.isError && <ApiErrorAlert error={remove.error} />}
      <QueryView query={plans} loading={t('admin.loadingData')} error={t('admin.errorData')}>
        {(page) => (
          <DataTable<AdminPlan>
            caption={t('admin.nav.plans')}
            rows={page.items}
            rowKey={(p) => p.id}
            columns={[
              { header: t('admin.servers.name'), cell: (p) => <span dir="auto">{p.name}</span> },
              { header: t('plan.price'), cell: (p) => money(p.price) },
              { header: t('plan.duration'), cell: (p) => t('plan.days', { count: p.durationDays }) },
              { header: t('plan.protocol'), cell: (p) => p.protocol ?? '—' },
              { header: t('admin.plans.pool'), cell: (p) => number(p.inboundIds.length) },
              { header: t('orders.status'), cell: (p) => <StatusBadge status={p.active ? 'ACTIVE' : 'SUSPENDED'} /> },
              {
                header: t('admin.actions'),
                cell: (p) => (
                  <div className="actions actions--tight">
                    <button type="button" className="button button--secondary button--small" onClick={() => setEditing(p)} aria-label={t('admin.plans.edit', { name: p.name })}>
                      {t('admin.edit')}
                    </button>
                    <ConfirmButton label={t('admin.delete')} question={t('admin.plans.deleteQuestion', { name: p.name })} danger onConfirm={() => remove.mutate(p.id)} />
                  </div>
                ),
              },
            ]}
          />
        )}
      </QueryView>
    </div>
  );
}
