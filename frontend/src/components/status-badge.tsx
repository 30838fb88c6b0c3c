import type { MessageKey } from '@/i18n/dictionary';
import { useI18n } from '@/i18n/i18n-context';

type Tone = 'ok' | 'warn' | 'error' | 'muted';

const STATUSES: Record<string, [MessageKey, Tone]> = {
  ACTIVE: ['status.ACTIVE', 'ok'],
  PAID: ['status.PAID', 'ok'],
  COMPLETED: ['status.COMPLETED', 'ok'],
  SUCCEEDED: ['status.SUCCEEDED', 'ok'],
  PENDING: ['status.PENDING', 'warn'],
  UNPAID: ['status.UNPAID', 'warn'],
  PROVISIONING: ['status.PROVISIONING', 'warn'],
  PARTIALLY_PAID: ['status.PARTIALLY_PAID', 'warn'],
  QUEUED: ['status.QUEUED', 'warn'],
  RUNNING: ['status.RUNNING', 'warn'],
  SUSPENDED: ['status.SUSPENDED', 'error'],
  EXPIRED: ['status.EXPIRED', 'error'],
  FAILED: ['status.FAILED', 'error'],
  DEAD: ['status.DEAD', 'error'],
  CANCELLED: ['status.CANCELLED', 'muted'],
  REFUNDED: ['status.REFUNDED', 'muted'],
  DELETED: ['status.DELETED', 'muted'],
  REVOKED: ['status.REVOKED', 'muted'],
};

/** A status word (api.md's upper-case values) in the reader's language, in a pill whose colour repeats it. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  const [key, tone] = STATUSES[status] ?? [null, 'muted'];
  return <span className={`badge badge--${tone}`}>{key ? t(key) : status}</span>;
}
