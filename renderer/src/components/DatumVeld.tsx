import { forwardRef, useEffect, useRef, useState } from 'react';
import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useMergedRef } from '@mantine/hooks';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { isValidIsoDate } from '../../../shared/kernel/dates';
import { useSessie } from '../api/hooks';
import { formatDatum, leesDatum } from './format';

/** The calendar's arrows, named in Dutch for a screen reader (the month and year between them are named by their text). */
const KALENDER_LABELS = {
  previousMonth: 'Vorige maand',
  nextMonth: 'Volgende maand',
  previousYear: 'Vorig jaar',
  nextYear: 'Volgend jaar',
  previousDecade: 'Vorige tien jaar',
  nextDecade: 'Volgende tien jaar',
};

const toon = (iso: string) => (isValidIsoDate(iso) ? formatDatum(iso) : '');

/**
 * What to tell the officer when the text in the field is not kept as they leave it (null when it is): text that is no
 * date, or a required field emptied. The field then shows its value again, and this says so.
 */
function waaromTeruggezet(tekst: string, value: string, verplicht: boolean): string | null {
  const t = tekst.trim();
  const blijft = isValidIsoDate(value) ? `de datum blijft ${formatDatum(value)}` : 'het veld blijft leeg';
  if (t === '') return verplicht && isValidIsoDate(value) ? `Dit veld is verplicht: ${blijft}.` : null;
  if (leesDatum(t)) return null;
  return `"${t}" is geen datum (typ dd/mm/jjjj): ${blijft}.`;
}

export type DatumVeldProps = Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange' | 'type'> & {
  /** `YYYY-MM-DD`, or '' for none. */
  value: string;
  onChange: (iso: string) => void;
};

/**
 * A date field that shows and takes dates as dd/mm/jjjj whatever the browser's language: a native date field follows
 * the browser (an English browser on the team server showed mm/dd/yyyy, where 04/12 is read as 12 April), this one
 * follows the app. The value is `YYYY-MM-DD` as the contract wants.
 *
 * Typing is the way in for an officer who works by keyboard; the calendar (Mantine's `DatePicker`) opens from the
 * button in the field or with Alt+↓, never by itself, so it does not cover the fields and buttons below while one types.
 * Opened with Alt+↓ it takes the focus (arrows move between days, Enter picks, Escape closes) and gives it back to the
 * field.
 * It is mounted only while open: a closed field costs what a text field costs (a register's toolbar has one, and
 * opening a register is measured, issue 13). Text that is no date is put back to the field's value when the field is
 * left, so what is shown is what is saved; an optional field can be emptied, a required one keeps its value until another
 * date is typed. A line under the field says what was put back and why, until the field is typed in again (a form's own
 * message on the field goes first).
 */
export const DatumVeld = forwardRef<HTMLInputElement, DatumVeldProps>(function DatumVeld({ value, onChange, onFocus, onBlur, onKeyDown, ...rest }, ref) {
  const [tekst, setTekst] = useState(() => toon(value));
  const [typt, setTypt] = useState(false);
  // Why the text typed was put back when the field was left; cleared by the next keystroke or a new value.
  const [teruggezet, setTeruggezet] = useState<string | null>(null);
  // How the calendar was opened: from the keyboard it takes the focus and gives it back to the field.
  const [open, setOpen] = useState<false | 'muis' | 'toets'>(false);
  const invoer = useRef<HTMLInputElement>(null);
  const refs = useMergedRef(ref, invoer);
  const verplicht = rest.required === true || rest['aria-required'] === true || rest['aria-required'] === 'true';
  // The value as it is (a default, a reset, a day picked), shown in the field's notation unless the officer is typing.
  useEffect(() => {
    if (!typt) setTekst(toon(value));
  }, [value, typt]);
  useEffect(() => setTeruggezet(null), [value]);

  const sluit = () => {
    if (open === 'toets') invoer.current?.focus();
    setOpen(false);
  };
  const kies = (iso: string | null) => {
    if (iso) {
      onChange(iso);
      setTekst(toon(iso)); // now: the field takes the focus back below, and a field with the focus keeps its text
    }
    sluit();
  };
  const knop = (
    <ActionIcon variant="subtle" color="gray" aria-label="Kalender openen" title="Kalender openen (Alt+pijl omlaag)" onClick={() => setOpen((o) => (o ? false : 'muis'))} disabled={rest.disabled} tabIndex={-1}>
      <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <rect x="3" y="5" width="18" height="16" rx="2" />
        <path d="M16 3v4M8 3v4M3 10h18" />
      </svg>
    </ActionIcon>
  );
  return (
    <TextInput
      ref={refs}
      placeholder="dd/mm/jjjj"
      autoComplete="off"
      {...rest}
      // While the calendar is open, Escape closes it and not the dialog around the field (Mantine's dialogs leave a key
      // alone whose target carries this attribute).
      data-mantine-stop-propagation={open ? 'true' : undefined}
      value={tekst}
      error={rest.error || teruggezet}
      onChange={(e) => {
        const t = e.currentTarget.value;
        setTekst(t);
        setTeruggezet(null);
        const iso = leesDatum(t);
        if (iso) onChange(iso);
        else if (t.trim() === '' && !verplicht) onChange('');
      }}
      onFocus={(e) => {
        setTypt(true);
        onFocus?.(e);
      }}
      onBlur={(e) => {
        setTypt(false);
        setTeruggezet(waaromTeruggezet(tekst, value, verplicht));
        onBlur?.(e);
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown' && e.altKey) setOpen('toets');
        if (e.key === 'Escape' && open) setOpen(false);
        onKeyDown?.(e);
      }}
      rightSection={
        open ? (
          <Popover opened onDismiss={sluit} position="bottom-end" trapFocus={open === 'toets'} returnFocus={false} shadow="md">
            <Popover.Target>{knop}</Popover.Target>
            {/* A key in the calendar (Escape) closes the calendar, not the dialog around the field: the mark above, on
                whatever has the focus in it. */}
            <Popover.Dropdown onFocus={(e) => e.target.setAttribute('data-mantine-stop-propagation', 'true')}>
              <Kalender value={value} onChange={kies} />
            </Popover.Dropdown>
          </Popover>
        ) : (
          knop
        )
      }
    />
  );
});

/**
 * The calendar, mounted only while open: it opens on the field's date, or on the app's today (the session's, not the
 * browser's clock); opened from the keyboard, that day has the focus (`data-autofocus`, where the focus trap starts), so
 * the arrows move from it at once.
 */
function Kalender({ value, onChange }: { value: string; onChange: (iso: string | null) => void }) {
  const vandaag = useSessie().data?.vandaag;
  const dag = isValidIsoDate(value) ? value : vandaag;
  return (
    <DatePicker
      value={isValidIsoDate(value) ? value : null}
      defaultDate={dag}
      onChange={onChange}
      ariaLabels={KALENDER_LABELS}
      getDayProps={(d) => (d === dag ? { 'data-autofocus': true } : {})}
    />
  );
}

/** `DatumVeld` for a field of a react-hook-form form (the forms' `register` is for native inputs). */
export function DatumVeldVan<F extends FieldValues>({ control, name, ...rest }: Omit<DatumVeldProps, 'value' | 'onChange' | 'name'> & { control: Control<F>; name: FieldPath<F> }) {
  const { field } = useController({ control, name });
  return (
    <DatumVeld
      {...rest}
      ref={field.ref}
      name={field.name}
      value={(field.value as string | null | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={(e) => {
        field.onBlur();
        rest.onBlur?.(e);
      }}
    />
  );
}
