import { useNow } from '@/hooks/use-now';
import { useI18n } from '@/i18n/i18n-context';

/** "Expires in 12 days" (or "Expired 2 days ago"), with the exact date for hover and readers. */
export function Expiry({ expiresAt }: { expiresAt?: string | null }) {
  const { t, relative, dateTime } = useI18n();
  const now = useNow(30_000);
  if (!expiresAt) return <span>{t('services.noExpiry')}</span>;
  const left = new Date(expiresAt).getTime() - now;
  return (
    <span className={left < 3 * 86_400_000 ? 'expiry expiry--soon' : 'expiry'}>
      {t(left > 0 ? 'services.expiresIn' : 'services.expiredAgo', { when: relative(left) })}{' '}
      <time dateTime={expiresAt} className="expiry__date">
        ({dateTime(expiresAt)})
      </time>
    </span>
  );
}
