import { useI18n } from '@/i18n/i18n-context';
import { useLogout } from '../api/logout';

/**
 * Leaves first (onLeave, e.g. to the home page), then logs out: ending the session while still on
 * a protected page would bounce the user to the login page instead.
 */
export function LogoutButton({ onLeave, className }: { onLeave?: () => void; className?: string }) {
  const { t } = useI18n();
  const logoutMutation = useLogout();
  return (
    <button
      type="button"
      className={className ?? 'button button--secondary'}
      disabled={logoutMutation.isPending}
      onClick={() => {
        onLeave?.();
        logoutMutation.mutate();
      }}
    >
      {t('auth.logout')}
    </button>
  );
}
