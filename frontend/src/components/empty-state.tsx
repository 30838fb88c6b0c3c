import { Link } from 'react-router';
import { useI18n } from '@/i18n/i18n-context';

/** Nothing here yet: the message, and the way to the plans. */
export function EmptyState({ message }: { message: string }) {
  const { t } = useI18n();
  return (
    <div className="empty-state">
      <p role="status">{message}</p>
      <Link to="/" className="button button--primary">
        {t('services.browse')}
      </Link>
    </div>
  );
}
