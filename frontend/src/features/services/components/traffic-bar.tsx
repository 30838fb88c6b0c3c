import { useI18n } from '@/i18n/i18n-context';
import { trafficOf, type ServerClient } from '../api/service-schemas';

/** Used of the limit as a labelled progress bar; with no limit, the amount used and "Unlimited". */
export function TrafficBar({ client }: { client: ServerClient }) {
  const { t, bytes } = useI18n();
  const { used, limit } = trafficOf(client);
  const text = limit === null ? t('services.trafficUnlimited', { used: bytes(used) }) : t('services.trafficOf', { used: bytes(used), limit: bytes(limit) });
  const percent = limit === null ? 0 : Math.min(100, Math.round((used / limit) * 100));
  return (
    <div className="traffic">
      <div className="traffic__label">
        <span>{t('services.traffic')}</span>
        <span>{text}</span>
      </div>
      {limit !== null && (
        <div
          className={`traffic__bar${percent >= 90 ? ' traffic__bar--high' : ''}`}
          role="progressbar"
          aria-label={t('services.traffic')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={text}
        >
          <span style={{ inlineSize: `${percent}%` }} />
        </div>
      )}
    </div>
  );
}
