import { useNow } from '@/hooks/use-now';
import { useI18n } from '@/i18n/i18n-context';

/** Time left to pay; visible every second, but not announced each second (no live region). */
export function PaymentCountdown({ expiresAt }: { expiresAt: string }) {
  const { t, clock } = useI18n();
  const now = useNow();
  const left = (new Date(expiresAt).getTime() - now) / 1000;
  if (Number.isNaN(left)) return null;
  return (
    <p className={`countdown${left < 120 ? ' countdown--soon' : ''}`}>
      {left > 0 ? t('pay.expiresIn', { time: clock(left) }) : t('pay.expiredLocally')}
    </p>
  );
}
