import { useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/nl-be';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { HashRouter } from 'react-router';
import { ApiClientError } from '../api/client';
import { useInvalidateOnPush } from '../api/hooks';
import { ToastProvider } from '../components/Toasts';
import { theme } from './theme';
import { Shell } from './Shell';
import { AppRoutes } from './routes';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        // Expected failures (validation, not found, forbidden) are final; retry only a lost connection once.
        retry: (count, err) => count < 1 && (!(err instanceof ApiClientError) || err.code === 'NETWERK'),
      },
      mutations: { retry: false },
    },
  });
}

function PushListener() {
  useInvalidateOnPush();
  return null;
}

export function App() {
  const [queryClient] = useState(makeQueryClient);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      {/* The date fields' calendar in Dutch (Belgium), weeks from Monday. */}
      <DatesProvider settings={{ locale: 'nl-be', firstDayOfWeek: 1 }}>
        <QueryClientProvider client={queryClient}>
          <ToastProvider>
            <PushListener />
            <HashRouter>
              <Shell>
                <AppRoutes />
              </Shell>
            </HashRouter>
          </ToastProvider>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
