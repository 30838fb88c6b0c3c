import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import type { Locale } from '@/i18n/locales';
import { createQueryClient } from '@/lib/query-client';

/**
 * The whole app at `path`, in a memory router, with a fresh cache and no retries; in English
 * unless told otherwise (`'detect'`: the remembered or browser language, as in production).
 */
export function renderApp(path = '/', { locale = 'en' as Locale | 'detect' } = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  const user = userEvent.setup({ delay: null });
  const view = render(
    <AppProvider queryClient={queryClient} locale={locale === 'detect' ? undefined : locale}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, user, queryClient };
}

/** The current URL of the memory router, e.g. `/?categoryId=2`. */
export const currentUrl = (router: ReturnType<typeof createMemoryRouter>) =>
  router.state.location.pathname + router.state.location.search;
