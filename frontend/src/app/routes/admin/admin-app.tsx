import type { ReactNode } from 'react';
import { NavLink, Route, Routes } from 'react-router';
import { AuditAdmin } from '@/features/admin/components/audit-admin';
import { ClientsAdmin } from '@/features/admin/components/clients-admin';
import { Dashboard } from '@/features/admin/components/dashboard';
import { JobsAdmin } from '@/features/admin/components/jobs-admin';
import { LabelsAdmin } from '@/features/admin/components/labels-admin';
import { OrdersAdmin } from '@/features/admin/components/orders-admin';
import { PlansAdmin } from '@/features/admin/components/plans-admin';
import { ServersAdmin } from '@/features/admin/components/servers-admin';
import { UsersAdmin } from '@/features/admin/components/users-admin';
import type { MessageKey } from '@/i18n/dictionary';
import { useI18n } from '@/i18n/i18n-context';
import { NotFoundRoute } from '../not-found';
import { Page } from '../page';

const SCREENS: [path: string, title: MessageKey, screen: ReactNode][] = [
  ['', 'admin.nav.dashboard', <Dashboard />],
  ['servers', 'admin.nav.servers', <ServersAdmin />],
  ['plans', 'admin.nav.plans', <PlansAdmin />],
  ['labels', 'admin.nav.labels', <LabelsAdmin />],
  ['orders', 'admin.nav.orders', <OrdersAdmin />],
  ['users', 'admin.nav.users', <UsersAdmin />],
  ['clients', 'admin.nav.clients', <ClientsAdmin />],
  ['jobs', 'admin.nav.jobs', <JobsAdmin />],
  ['audit', 'admin.nav.audit', <AuditAdmin />],
];

/** The admin console (its own lazily loaded chunk): a section menu and one screen per section. */
export default function AdminApp() {
  const { t } = useI18n();
  return (
    <div className="admin">
      <nav aria-label={t('admin.nav.label')} className="admin-nav">
        {SCREENS.map(([path, title]) => (
          <NavLink key={path} to={path ? `/admin/${path}` : '/admin'} end>
            {t(title)}
          </NavLink>
        ))}
      </nav>
      <Routes>
        {SCREENS.map(([path, title, screen]) => (
          <Route
            key={path}
            index={path === ''}
            path={path || undefined}
            element={
              <Page title={t(title)} className="admin-page">
                {screen}
              </Page>
            }
          />
        ))}
        <Route path="*" element={<NotFoundRoute />} />
      </Routes>
    </div>
  );
}
