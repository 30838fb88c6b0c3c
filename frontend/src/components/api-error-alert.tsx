import { useI18n } from '@/i18n/i18n-context';
import type { Translate } from '@/i18n/translate';
import { isApiError } from '@/lib/api-error';

/** The words to show for a failed call: the server's message, or ours when it has none to give. */
export function describeError(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('error.unexpected');
  if (error.kind === 'network') return t('error.network');
  if (error.kind === 'invalid-response' || error.status >= 500) return t('error.unexpected');
  if (error.status === 429) return t('error.rateLimited');
  return error.message || t('error.unexpected');
}

type ApiErrorAlertProps = { error: unknown; title?: string; onRetry?: () => void };

/** An alert for a failed call, with an optional retry button. */
export function ApiErrorAlert({ error, title, onRetry }: ApiErrorAlertProps) {
  const { t } = useI18n();
  return (
    <div role="alert" className="alert alert--error">
      {title && <p className="alert__title">{title}</p>}
      <p>{describeError(error, t)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
