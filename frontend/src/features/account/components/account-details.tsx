import { ApiErrorAlert } from '@/components/api-error-alert';
import { LoadingStatus } from '@/components/loading-status';
import type { MessageKey } from '@/i18n/dictionary';
import { useI18n } from '@/i18n/i18n-context';
import { useMe } from '../api/get-me';

const ROLE_LABELS: Record<string, MessageKey> = {
  CUSTOMER: 'role.CUSTOMER',
  RESELLER: 'role.RESELLER',
  ADMIN: 'role.ADMIN',
};

/** Who is signed in, from GET /me. */
export function AccountDetails() {
  const { t, dateTime } = useI18n();
  const me = useMe();

  if (me.isPending) return <LoadingStatus label={t('account.loading')} />;
  if (me.isError) return <ApiErrorAlert title={t('account.error')} error={me.error} onRetry={() => me.refetch()} />;

  const user = me.data;
  const role = ROLE_LABELS[user.role];
  const rows: [MessageKey, string][] = [
    ['account.name', user.name || '—'],
    ['account.email', user.email],
    ['account.role', role ? t(role) : user.role],
    ['account.status', t(user.active ? 'account.active' : 'account.inactive')],
    ['account.createdAt', dateTime(user.createdAt)],
    ['account.lastLoginAt', user.lastLoginAt ? dateTime(user.lastLoginAt) : t('account.never')],
  ];
  return (
    <dl className="details">
      {rows.map(([label, value]) => (
        <div key={label} className="details__row">
          <dt>{t(label)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
