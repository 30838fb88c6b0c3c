import { LoadingStatus } from '@/components/loading-status';
import { useObjectUrl } from '@/hooks/use-object-url';
import { useI18n } from '@/i18n/i18n-context';
import type { Id } from '@/lib/api-schemas';
import { useClientQr, type QrTarget } from '../api/get-client-qr';

/** The server-rendered QR (fetched with the token) shown through an object URL. */
export function ClientQrImage({ id, target, label, subscriptionUrl }: { id: Id; target: QrTarget; label: string; subscriptionUrl?: string | null }) {
  const { t } = useI18n();
  const qr = useClientQr(id, target, subscriptionUrl);
  const url = useObjectUrl(qr.data);
  if (qr.isError) return <p className="field__hint">{t('services.qrError')}</p>;
  if (!url) return <LoadingStatus label={t('services.qrLoading')} />;
  return <img className="qr-code" src={url} alt={label} width={200} height={200} />;
}
