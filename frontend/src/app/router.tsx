import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { AdminLoading, RequireAdmin, ScreenLoading } from './require-admin';
import { RequireAuth } from './require-auth';
import { AccountRoute } from './routes/account';
import { CatalogRoute } from './routes/catalog';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { RegisterRoute } from './routes/register';

/** The admin console is its own chunk: customers never download it. */
const AdminApp = lazy(() => import('./routes/admin/admin-app'));

// The signed-in screens load on first use, so the catalog (the landing page) stays small.
const shop = () => import('./routes/shop');
const CheckoutRoute = lazy(() => shop().then((m) => ({ default: m.CheckoutRoute })));
const PaymentRoute = lazy(() => shop().then((m) => ({ default: m.PaymentRoute })));
const ServicesRoute = lazy(() => shop().then((m) => ({ default: m.ServicesRoute })));
const ServiceRoute = lazy(() => shop().then((m) => ({ default: m.ServiceRoute })));
const OrdersRoute = lazy(() => shop().then((m) => ({ default: m.OrdersRoute })));
const OrderRoute = lazy(() => shop().then((m) => ({ default: m.OrderRoute })));
const WalletRoute = lazy(() => shop().then((m) => ({ default: m.WalletRoute })));

const signedIn = (element: ReactNode) => (
  <RequireAuth>
    <Suspense fallback={<ScreenLoading />}>{element}</Suspense>
  </RequireAuth>
);

/** Every screen, by path. Tests mount the same routes in a memory router. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <CatalogRoute /> },
      { path: 'login', element: <LoginRoute /> },
      { path: 'register', element: <RegisterRoute /> },
      { path: 'account', element: <RequireAuth><AccountRoute /></RequireAuth> },
      { path: 'checkout/:planId', element: signedIn(<CheckoutRoute />) },
      { path: 'payments/:paymentId', element: signedIn(<PaymentRoute />) },
      { path: 'services', element: signedIn(<ServicesRoute />) },
      { path: 'services/:clientId', element: signedIn(<ServiceRoute />) },
      { path: 'orders', element: signedIn(<OrdersRoute />) },
      { path: 'orders/:orderId', element: signedIn(<OrderRoute />) },
      { path: 'wallet', element: signedIn(<WalletRoute />) },
      {
        path: 'admin/*',
        element: (
          <RequireAdmin>
            <Suspense fallback={<AdminLoading />}>
              <AdminApp />
            </Suspense>
          </RequireAdmin>
        ),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
