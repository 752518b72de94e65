import { useMemo, type Ref } from 'react';
import { Select } from '@mantine/core';
import { useApi } from '../../../../api/hooks';

interface Props {
  value: string;
  onChange: (id: string) => void;
  onBlur?: () => void;
  error?: string;
  label?: string;
  /** For react-hook-form: focus this field when it holds the first error. */
  inputRef?: Ref<HTMLInputElement>;
}

/** Searchable choice among the registered organisations (name, KBO with or without dots, municipality). */
export function OrganisatieKiezer({ value, onChange, onBlur, error, label = 'Organisatie', inputRef }: Props) {
  const lijst = useApi('organisatie.list', {});
  const data = useMemo(
    () =>
      (lijst.data ?? []).map((o) => ({
        value: String(o.id),
        label: `${o.naam} (${o.kbo}, ${o.gemeente})${o.status === 'stopgezet' ? ' – stopgezet' : ''}`,
      })),
    [lijst.data],
  );
  return (
    <Select
      ref={inputRef}
      label={label}
      aria-required
      description="Typ een deel van de naam, het ondernemingsnummer of de gemeente."
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      placeholder={lijst.isPending ? 'Organisaties laden...' : 'Zoek een organisatie'}
      searchable
      clearable
      limit={50}
      data={data}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      onBlur={onBlur}
      error={error ?? (lijst.isError ? lijst.error.message : undefined)}
      nothingFoundMessage="Geen organisatie gevonden"
      filter={({ options, search }) => {
        const q = search.toLowerCase().replace(/\./g, '').trim();
        if (!q) return options;
        return options.filter((o) => 'label' in o && o.label.toLowerCase().replace(/\./g, '').includes(q));
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
