import { ApiErrorAlert } from '@/components/api-error-alert';
import { ConfirmButton } from '@/components/confirm-button';
import { CopyField } from '@/components/copy-field';
import { useI18n } from '@/i18n/i18n-context';
import { useRotateSubscription } from '../api/client-commands';
import type { ServerClient } from '../api/service-schemas';
import { ClientQrImage } from './client-qr-image';
import { importLinks } from './import-links';

/** The subscription URL: copy, QR, one-tap import into apps, and rotation (the old URL stops working). */
export function SubscriptionSection({ client }: { client: ServerClient }) {
  const { t } = useI18n();
  const rotate = useRotateSubscription();
  if (!client.subscriptionUrl) return null;
  const name = `1000proxy ${client.server.name}`;
  return (
    <section className="card stack" aria-labelledby="subscription-title">
      <h2 id="subscription-title">{t('services.subscription')}</h2>
      <p className="field__hint">{t('services.subscriptionHint')}</p>
      <CopyField label={t('services.subscriptionUrl')} value={client.subscriptionUrl} />
      <div className="qr-row">
        <ClientQrImage id={client.id} target="subscription" label={t('services.subscriptionQr')} subscriptionUrl={client.subscriptionUrl} />
      </div>
      <h3>{t('services.importTitle')}</h3>
      <ul className="import-list">
        {importLinks(client.subscriptionUrl, name).map(({ app, href }) => (
          <li key={app}>
            <a className="button button--secondary" href={href}>
              {t('services.importInto', { app })}
            </a>
          </li>
        ))}
      </ul>
      <ConfirmButton
        label={t('services.rotate')}
        question={t('services.rotateQuestion')}
        danger
        disabled={rotate.isPending}
        onConfirm={() => rotate.mutate(client.id)}
      />
      {rotate.isSuccess && (
        <p role="status" className="alert alert--info">
          {t('services.rotated')}
        </p>
      )}
      {rotate.isError && <ApiErrorAlert error={rotate.error} />}
    </section>
  );
}
