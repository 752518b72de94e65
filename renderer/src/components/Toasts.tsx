import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Notification, Stack } from '@mantine/core';

export type ToastSoort = 'succes' | 'fout' | 'info';

interface Toast {
  id: number;
  soort: ToastSoort;
  titel: string;
  tekst?: string;
}

type Notify = (soort: ToastSoort, titel: string, tekst?: string) => void;

const ToastContext = createContext<Notify>(() => {});

/** Show a short message at the bottom right (successes disappear after 6 s; errors stay until closed). */
export const useToast = (): Notify => useContext(ToastContext);

const KLEUR: Record<ToastSoort, string> = { succes: 'green', fout: 'red', info: 'blue' };

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);

  const sluit = useCallback((id: number) => setToasts((t) => t.filter((x) => x.id !== id)), []);

  const notify = useCallback<Notify>(
    (soort, titel, tekst) => {
      const id = next.current++;
      setToasts((t) => [...t.slice(-3), { id, soort, titel, tekst }]);
      if (soort !== 'fout') window.setTimeout(() => sluit(id), 6000);
    },
    [sluit],
  );

  const value = useMemo(() => notify, [notify]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" aria-live="polite" aria-relevant="additions" data-testid="meldingen">
        <Stack gap="xs">
          {toasts.map((t) => (
            <Notification
              key={t.id}
              color={KLEUR[t.soort]}
              title={t.titel}
              withBorder
              onClose={() => sluit(t.id)}
              closeButtonProps={{ 'aria-label': 'Melding sluiten' }}
              role={t.soort === 'fout' ? 'alert' : 'status'}
            >
              {t.tekst}
            </Notification>
          ))}
        </Stack>
      </div>
    </ToastContext.Provider>
  );
}
