import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { DataTable } from '@/components/data-table';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { TextField } from '@/components/text-field';
import { usePageParam } from '@/hooks/use-page-param';
import { readForm } from '@/hooks/use-field-errors';
import { useI18n } from '@/i18n/i18n-context';
import type { AuditEntry } from '../api/admin-schemas';
import { ADMIN_PAGE_SIZE, useAuditLog } from '../api/operations';

/** The audit trail, newest first, filtered by actor (user id) and action; filters live in the URL. */
export function AuditAdmin() {
  const { t, dateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = usePageParam();
  const actor = params.get('actor') ?? '';
  const action = params.get('action') ?? '';
  const log = useAuditLog({ actor: actor || undefined, action: action || undefined, page });

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const filters = readForm(event.currentTarget, ['actor', 'action'] as const);
    setParams(Object.fromEntries(Object.entries(filters).filter(([, value]) => value)));
  };

  return (
    <div className="stack">
      <form className="form form--inline" onSubmit={onFilter} aria-label={t('catalog.filters')}>
        <TextField label={t('admin.audit.actor')} name="actor" inputMode="numeric" defaultValue={actor} />
        <TextField label={t('admin.audit.action')} name="action" dir="ltr" placeholder="auth.login_failed" defaultValue={action} />
        <button type="submit" className="button button--primary">
          {t('catalog.apply')}
        </button>
      </form>
      <QueryView query={log} loading={t('admin.loadingData')} error={t('admin.errorData')}>
        {(data) => (
          <>
            <DataTable<AuditEntry>
              caption={t('admin.nav.audit')}
              rows={data.items}
              rowKey={(e) => e.id}
              columns={[
                { header: t('wallet.date'), cell: (e) => dateTime(e.createdAt) },
                { header: t('admin.audit.action'), cell: (e) => <code dir="ltr">{e.action}</code> },
                { header: t('admin.audit.actor'), cell: (e) => `${e.actorType ?? ''} ${e.actorUserId ?? ''}`.trim() || '—' },
                { header: t('admin.audit.target'), cell: (e) => (e.targetType ? `${e.targetType} ${e.targetId ?? ''}` : '—') },
                { header: t('admin.audit.details'), cell: (e) => <span dir="ltr">{Object.entries(e.details ?? {}).map(([k, v]) => `${k}=${v}`).join(', ') || '—'}</span> },
                { header: 'IP', cell: (e) => <code dir="ltr">{e.ipAddress ?? '—'}</code> },
              ]}
            />
            <Pager page={data.page} size={ADMIN_PAGE_SIZE} total={data.total} onPage={setPage} />
          </>
        )}
      </QueryView>
    </div>
  );
}
