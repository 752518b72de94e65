import { useCallback, useMemo, useState } from 'react';
import { Checkbox, NativeSelect } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ERKENNING_STATUSSEN, type ErkenningRij, type ErkenningStatus } from '../../../../../shared/ama-wvg/erkenning.contract';
import { useApi, useParameterGetal } from '../../../api/hooks';
import { HERINNERING_PARAMETER } from '../../../../../shared/ama-wvg/hernieuwing.contract';
import { ERKENNING_KOLOMMEN, erkenningRowId } from './columns';
import { ERKENNING_STATUS } from './labels';
import { RegisterGrid } from '../../../components/RegisterGrid';

const uniek = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b, 'nl'));

/** The register of recognitions: filters on status, type, province and "expires within 6 months". */
export function RegisterTab() {
  const navigate = useNavigate();
  const [status, setStatus] = useState<ErkenningStatus | ''>('');
  const [type, setType] = useState('');
  const [provincie, setProvincie] = useState('');
  // "Expires soon": within the renewal reminder's period (the parameter's months today).
  const [bijnaVervallen, setBijnaVervallen] = useState(false);
  const maanden = useParameterGetal(HERINNERING_PARAMETER);
  const lijst = useApi('erkenning.list', { status: status || undefined, vervaltBinnenMaanden: bijnaVervallen ? maanden : undefined });

  const types = useMemo(() => uniek((lijst.data ?? []).map((r) => r.typeNaam)), [lijst.data]);
  const provincies = useMemo(() => uniek((lijst.data ?? []).map((r) => r.provincieNaam)), [lijst.data]);
  const rows = useMemo(
    () => lijst.data?.filter((r) => (!type || r.typeNaam === type) && (!provincie || r.provincieNaam === provincie)),
    [lijst.data, type, provincie],
  );
  const open = useCallback((r: ErkenningRij) => navigate(`/erkenningen/${r.id}`), [navigate]);

  return (
    <>
      <RegisterGrid<ErkenningRij>
        gridId="erkenningen"
        ariaLabel="Register van erkenningen"
        query={lijst}
        rijen={rows}
        columnDefs={ERKENNING_KOLOMMEN}
        getRowId={erkenningRowId}
        onOpen={open}
        rijNaam={['erkenning', 'erkenningen']}
        height="calc(100vh - 400px)"
        toolbar={
          <>
            <NativeSelect
              label="Status"
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as ErkenningStatus | '')}
              data={[{ value: '', label: 'Alle' }, ...ERKENNING_STATUSSEN.map((s) => ({ value: s, label: ERKENNING_STATUS[s].label }))]}
              w={140}
            />
            <NativeSelect
              label="Type"
              value={type}
              onChange={(e) => setType(e.currentTarget.value)}
              data={[{ value: '', label: 'Alle types' }, ...types]}
              w={220}
            />
            <NativeSelect
              label="Provincie"
              value={provincie}
              onChange={(e) => setProvincie(e.currentTarget.value)}
              data={[{ value: '', label: 'Alle provincies' }, ...provincies]}
              w={180}
            />
            {maanden !== undefined && (
              <Checkbox label={`Vervalt binnen ${maanden} maanden`} checked={bijnaVervallen} onChange={(e) => setBijnaVervallen(e.currentTarget.checked)} mb={8} />
            )}
          </>
        }
      />
    </>
  );
}
