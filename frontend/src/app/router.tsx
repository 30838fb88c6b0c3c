import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { RequireAuth } from './require-auth';
import { AccountRoute } from './routes/account';
import { CatalogRoute } from './routes/catalog';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { RegisterRoute } from './routes/register';

/** Every screen, by path. Tests mount the same routes in a memory router. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <CatalogRoute /> },
      { path: 'login', element: <LoginRoute /> },
      { path: 'register', element: <RegisterRoute /> },
      {
        path: 'account',
        element: (
          <RequireAuth>
            <AccountRoute />
          </RequireAuth>
        ),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
