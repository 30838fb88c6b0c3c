import { useI18n } from '@/i18n/i18n-context';
import { useLogout } from '../api/logout';

export function LogoutButton({ onDone, className }: { onDone?: () => void; className?: string }) {
  const { t } = useI18n();
  const logoutMutation = useLogout();
  return (
    <button
      type="button"
      className={className ?? 'button button--secondary'}
      disabled={logoutMutation.isPending}
      onClick={() => logoutMutation.mutate(undefined, { onSettled: onDone })}
    >
      {t('auth.logout')}
    </button>
  );
}
