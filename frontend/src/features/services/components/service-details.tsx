import { CopyField } from '@/components/copy-field';
import { CountryFlag } from '@/components/country-flag';
import { DetailsList } from '@/components/details-list';
import { QueryView } from '@/components/query-view';
import { StatusBadge } from '@/components/status-badge';
import { useI18n } from '@/i18n/i18n-context';
import type { Renewal } from '../api/client-commands';
import { useServerClient } from '../api/get-server-clients';
import { ClientQrImage } from './client-qr-image';
import { Expiry } from './expiry';
import { RenewForm } from './renew-form';
import { SubscriptionSection } from './subscription-section';
import { TrafficBar } from './traffic-bar';

/** One service: its facts, connection links with copy and QR, the subscription, renewal. */
export function ServiceDetails({ id, onRenewed }: { id: string; onRenewed: (renewal: Renewal) => void }) {
  const { t, number } = useI18n();
  const client = useServerClient(id);
  return (
    <QueryView query={client} loading={t('services.loadingOne')} error={t('services.errorOne')}>
      {(data) => (
        <div className="service-details">
          <section className="card stack" aria-labelledby="service-title">
            <div className="plan-card__header">
              <h2 id="service-title" dir="auto">
                {data.server.name}
              </h2>
              <StatusBadge status={data.status} />
            </div>
            <DetailsList
              rows={[
                [t('services.location'), data.server.location ? <CountryFlag code={data.server.location} /> : '—'],
                [t('plan.protocol'), data.protocol.toUpperCase()],
                [t('services.expires'), <Expiry expiresAt={data.expiresAt} />],
                [t('plan.devices'), data.maxConnections != null ? number(data.maxConnections) : '—'],
              ]}
            />
            <TrafficBar client={data} />
          </section>
          <section className="card stack" aria-labelledby="links-title">
            <h2 id="links-title">{t('services.links')}</h2>
            {data.links.length === 0 ? (
              <p>{t('services.noLinks')}</p>
            ) : (
              <>
                {data.links.map((link, index) => (
                  <CopyField key={link} label={t('services.linkN', { n: index + 1 })} value={link} />
                ))}
                <div className="qr-row">
                  <ClientQrImage id={data.id} target="link" label={t('services.linkQr')} />
                </div>
              </>
            )}
          </section>
          <SubscriptionSection client={data} />
          <RenewForm id={data.id} onRenewed={onRenewed} />
        </div>
      )}
    </QueryView>
  );
}
