import { useState, type FormEvent } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { DataTable } from '@/components/data-table';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { TextField } from '@/components/text-field';
import { readForm, useFieldErrors } from '@/hooks/use-field-errors';
import { usePageParam } from '@/hooks/use-page-param';
import { useI18n } from '@/i18n/i18n-context';
import type { AdminUser } from '../api/admin-schemas';
import { ADMIN_PAGE_SIZE, useAdjustWallet, useAdminUsers, useUpdateUser } from '../api/operations';
import { FormActions } from './form-actions';

const ROLES = ['CUSTOMER', 'RESELLER', 'ADMIN'] as const;

/** Accounts: role, active flag, and wallet corrections with a reason. */
export function UsersAdmin() {
  const { t, dateTime } = useI18n();
  const [page, setPage] = usePageParam();
  const users = useAdminUsers({ page });
  const update = useUpdateUser();
  const [adjusting, setAdjusting] = useState<AdminUser | null>(null);
  return (
    <div className="stack">
      {adjusting && <WalletAdjustment user={adjusting} onDone={() => setAdjusting(null)} />}
      {update.isError && <ApiErrorAlert error={update.error} />}
      <QueryView query={users} loading={t('admin.loadingData')} error={t('admin.errorData')}>
        {(data) => (
          <>
            <DataTable<AdminUser>
              caption={t('admin.nav.users')}
              rows={data.items}
              rowKey={(u) => u.id}
              columns={[
                { header: t('account.email'), cell: (u) => <span dir="ltr">{u.email}</span> },
                { header: t('account.name'), cell: (u) => <span dir="auto">{u.name ?? '—'}</span> },
                {
                  header: t('account.role'),
                  cell: (u) => (
                    <select aria-label={t('admin.users.roleOf', { email: u.email })} value={u.role} onChange={(event) => update.mutate({ id: u.id, role: event.target.value })}>
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`role.${role}`)}
                        </option>
                      ))}
                    </select>
                  ),
                },
                {
                  header: t('account.status'),
                  cell: (u) => (
                    <label className="checkbox-field">
                      <input type="checkbox" checked={u.active} onChange={(event) => update.mutate({ id: u.id, active: event.target.checked })} aria-label={t('admin.users.activeOf', { email: u.email })} />
                      <span aria-hidden="true">{t(u.active ? 'account.active' : 'account.inactive')}</span>
                    </label>
                  ),
                },
                { header: t('account.createdAt'), cell: (u) => (u.createdAt ? dateTime(u.createdAt) : '—') },
                {
                  header: t('admin.actions'),
                  cell: (u) => (
                    <button type="button" className="button button--secondary button--small" onClick={() => setAdjusting(u)} aria-label={t('admin.users.adjustFor', { email: u.email })}>
                      {t('admin.users.adjust')}
                    </button>
                  ),
                },
              ]}
            />
            <Pager page={data.page} size={ADMIN_PAGE_SIZE} total={data.total} onPage={setPage} />
          </>
        )}
      </QueryView>
    </div>
  );
}

/** A signed amount (credit or debit) and the reason the audit trail keeps. */
function WalletAdjustment({ user, onDone }: { user: AdminUser; onDone: () => void }) {
  const { t } = useI18n();
  const adjust = useAdjustWallet();
  const { formRef, fieldError, check } = useFieldErrors(adjust.error);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { amount, reason } = readForm(event.currentTarget, ['amount', 'reason'] as const);
    const errors: Record<string, string[]> = {};
    if (!/^-?\d{1,12}(\.\d{1,2})?$/.test(amount) || /^-?0*(\.0*)?$/.test(amount)) errors.amount = [t('admin.users.amountInvalid')];
    if (!reason) errors.reason = [t('auth.required')];
    if (check(errors)) adjust.mutate({ id: user.id, amount, reason }, { onSuccess: onDone });
  };
  return (
    <form ref={formRef} className="form admin-form" onSubmit={onSubmit} noValidate aria-label={t('admin.users.adjustFor', { email: user.email })}>
      <h2>{t('admin.users.adjustFor', { email: user.email })}</h2>
      <TextField label={t('wallet.amount')} name="amount" inputMode="decimal" dir="ltr" hint={t('admin.users.amountHint')} error={fieldError('amount')} />
      <TextField label={t('admin.users.reason')} name="reason" maxLength={255} error={fieldError('reason')} />
      {adjust.isError && !fieldError('amount') && !fieldError('reason') && <ApiErrorAlert error={adjust.error} />}
      <FormActions pending={adjust.isPending} label={t('admin.users.adjustSubmit')} onClose={onDone} />
    </form>
  );
}
