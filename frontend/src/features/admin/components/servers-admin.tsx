import { useState } from 'react';
import { ApiErrorAlert } from '@/components/api-error-alert';
import { ConfirmButton } from '@/components/confirm-button';
import { CountryFlag } from '@/components/country-flag';
import { DataTable } from '@/components/data-table';
import { QueryView } from '@/components/query-view';
import { StatusBadge } from '@/components/status-badge';
import { useI18n } from '@/i18n/i18n-context';
import type { Server } from '../api/admin-schemas';
import { useDeleteServer, useSyncServer } from '../api/servers';
import { useServers } from '../api/servers';
import { HealthBadge } from './health-badge';
import { ServerForm } from './server-form';

/** Panels: list with health, add ("test connection" = save then probe), edit, sync inbounds, delete. */
export function ServersAdmin() {
  const { t, number, dateTime } = useI18n();
  const servers = useServers();
  const sync = useSyncServer();
  const remove = useDeleteServer();
  const [editing, setEditing] = useState<Server | 'new' | null>(null);
  const [synced, setSynced] = useState<string | null>(null);

  return (
    <div className="stack">
      {editing ? (
        <ServerForm key={editing === 'new' ? 'new' : String(editing.id)} server={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('admin.servers.add')}
        </button>
      )}
      {synced && (
        <p role="status" className="alert alert--info">
          {synced}
        </p>
      )}
      {(sync.isError || remove.isError) && <ApiErrorAlert error={sync.error ?? remove.error} />}
      <QueryView query={servers} loading={t('admin.loadingData')} error={t('admin.errorData')}>
        {(page) => (
          <DataTable<Server>
            caption={t('admin.nav.servers')}
            rows={page.items}
            rowKey={(s) => s.id}
            columns={[
              { header: t('admin.servers.name'), cell: (s) => <span dir="auto">{s.name}</span> },
              { header: t('services.location'), cell: (s) => <CountryFlag code={s.location} /> },
              { header: t('admin.servers.publicHost'), cell: (s) => <code dir="ltr">{s.publicHost}</code> },
              { header: t('admin.servers.capacity'), cell: (s) => number(s.capacity) },
              { header: t('orders.status'), cell: (s) => <StatusBadge status={s.active ? 'ACTIVE' : 'SUSPENDED'} /> },
              { header: t('admin.servers.health'), cell: (s) => <HealthBadge id={s.id} /> },
              { header: t('admin.servers.lastSync'), cell: (s) => (s.lastSyncedAt ? dateTime(s.lastSyncedAt) : t('account.never')) },
              {
                header: t('admin.actions'),
                cell: (s) => (
                  <div className="actions actions--tight">
                    <button type="button" className="button button--secondary button--small" onClick={() => setEditing(s)} aria-label={t('admin.servers.edit', { name: s.name })}>
                      {t('admin.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      disabled={sync.isPending}
                      aria-label={t('admin.servers.syncOne', { name: s.name })}
                      onClick={() => sync.mutate(s.id, { onSuccess: (inbounds) => setSynced(t('admin.servers.synced', { name: s.name, count: inbounds.length })) })}
                    >
                      {t('admin.servers.sync')}
                    </button>
                    <ConfirmButton label={t('admin.delete')} question={t('admin.servers.deleteQuestion', { name: s.name })} danger onConfirm={() => remove.mutate(s.id)} />
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
