import { Link } from 'react-router';
import { CopyField } from '@/components/copy-field';
import { CountryFlag } from '@/components/country-flag';
import { EmptyState } from '@/components/empty-state';
import { Pager } from '@/components/pager';
import { QueryView } from '@/components/query-view';
import { StatusBadge } from '@/components/status-badge';
import { usePageParam } from '@/hooks/use-page-param';
import { useI18n } from '@/i18n/i18n-context';
import { useServerClients } from '../api/get-server-clients';
import { CLIENTS_PAGE_SIZE } from '../api/service-schemas';
import { Expiry } from './expiry';
import { TrafficBar } from './traffic-bar';

/** The caller's services as cards: where, what, status, time left and traffic. */
export function ServiceList() {
  const { t } = useI18n();
  const [page, setPage] = usePageParam();
  const clients = useServerClients(page);
  return (
    <QueryView query={clients} loading={t('services.loading')} error={t('services.error')}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState message={t('services.empty')} />
        ) : (
          <>
            {data.accountSubscriptionUrl && (
              <section className="card stack" aria-label={t('services.accountSubscription')}>
                <CopyField label={t('services.accountSubscription')} value={data.accountSubscriptionUrl} />
                <p className="field__hint">{t('services.accountSubscriptionHint')}</p>
              </section>
            )}
            <ul className="service-grid">
              {data.items.map((client) => (
                <li key={client.id}>
                  <article className="card service-card" aria-labelledby={`service-${client.id}`}>
                    <div className="plan-card__header">
                      <h2 id={`service-${client.id}`} className="card__title" dir="auto">
                        <Link to={`/services/${client.id}`}>{client.server.name}</Link>
                      </h2>
                      <StatusBadge status={client.status} />
                    </div>
                    <p className="card__meta">
                      {client.server.location && <CountryFlag code={client.server.location} />} · {client.protocol.toUpperCase()}
                    </p>
                    <p>
                      <Expiry expiresAt={client.expiresAt} />
                    </p>
                    <TrafficBar client={client} />
                  </article>
                </li>
              ))}
            </ul>
            <Pager page={data.page} size={CLIENTS_PAGE_SIZE} total={data.total} onPage={setPage} />
          </>
        )
      }
    </QueryView>
  );
}
