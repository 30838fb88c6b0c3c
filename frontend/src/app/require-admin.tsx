import type { ReactNode } from 'react';
import { LoadingStatus } from '@/components/loading-status';
import { QueryView } from '@/components/query-view';
import { useMe } from '@/features/account/api/get-me';
import { useI18n } from '@/i18n/i18n-context';
import { RequireAuth } from './require-auth';

/** Admin screens: signed in (else to login and back) and role ADMIN (else a plain refusal). */
export function RequireAdmin({ children }: { children: ReactNode }) {
  return (
    <RequireAuth>
      <AdminOnly>{children}</AdminOnly>
    </RequireAuth>
  );
}

function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  return (
    <QueryView query={me} loading={t('account.loading')} error={t('account.error')}>
      {(user) =>
        user.role === 'ADMIN' ? (
          children
        ) : (
          <div className="not-found">
            <h1>{t('admin.forbidden')}</h1>
          </div>
        )
      }
    </QueryView>
  );
}

export const AdminLoading = () => {
  const { t } = useI18n();
  return <LoadingStatus label={t('admin.loading')} />;
};

export const ScreenLoading = () => {
  const { t } = useI18n();
  return <LoadingStatus label={t('app.loadingScreen')} />;
};
