import { useCallback, useMemo, useState } from 'react';
import { Button, NativeSelect, Stack } from '@mantine/core';
import { useNavigate } from 'react-router';
import { AANVRAAG_STATUSSEN, type AanvraagRij } from '../../../../../shared/ama-wvg/aanvraag.contract';
import { useApi } from '../../../api/hooks';
import { AANVRAAG_KOLOMMEN, aanvraagRowId } from './columns';
import { AANVRAAG_STATUS } from './labels';
import { useMagAanvragen } from './rechten';
import { RegisterGrid } from '../../../components/RegisterGrid';

const LOPEND = '__lopend__';

/** All applications for recognition; "lopend" = not yet decided on the merits. */
export function AanvragenTab() {
  const navigate = useNavigate();
  const mag = useMagAanvragen();
  const lijst = useApi('aanvraag.list', {});
  const [status, setStatus] = useState('');

  const rows = useMemo(() => {
    const all = lijst.data;
    if (!all || !status) return all;
    if (status === LOPEND) return all.filter((r) => r.status === 'ingediend' || r.status === 'ontvankelijk');
    return all.filter((r) => r.status === status);
  }, [lijst.data, status]);

  const open = useCallback((r: AanvraagRij) => navigate(`/erkenningen/aanvragen/${r.id}`), [navigate]);

  return (
    <Stack gap="sm">
      <RegisterGrid<AanvraagRij>
        gridId="aanvragen"
        ariaLabel="Lijst van aanvragen tot erkenning"
        query={lijst}
        rijen={rows}
        columnDefs={AANVRAAG_KOLOMMEN}
        getRowId={aanvraagRowId}
        onOpen={open}
        rijNaam={['aanvraag', 'aanvragen']}
        height="calc(100vh - 380px)"
        toolbar={
          <>
            <NativeSelect
              label="Status"
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value)}
              data={[
                { value: '', label: 'Alle statussen' },
                { value: LOPEND, label: 'Lopend (nog niet beslist)' },
                ...AANVRAAG_STATUSSEN.map((s) => ({ value: s, label: AANVRAAG_STATUS[s].label })),
              ]}
              w={240}
            />
            {mag && <Button onClick={() => navigate('/erkenningen/aanvragen/nieuw')}>Nieuwe aanvraag</Button>}
          </>
        }
      />
    </Stack>
  );
}
