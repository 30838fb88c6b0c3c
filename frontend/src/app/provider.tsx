import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nProvider } from '@/i18n/i18n-provider';
import type { Locale } from '@/i18n/locales';
import { createQueryClient } from '@/lib/query-client';

type AppProviderProps = { children: ReactNode; queryClient?: QueryClient; locale?: Locale };

/** Everything the screens need above the router: server-state cache and language. */
export function AppProvider({ children, queryClient, locale }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <I18nProvider defaultLocale={locale}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
