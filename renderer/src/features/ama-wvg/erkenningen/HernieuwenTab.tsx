import { useCallback } from 'react';
import { Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { ErkenningRij } from '../../../../../shared/ama-wvg/erkenning.contract';
import { useApi } from '../../../api/hooks';
import { DataGrid } from '../../../components/DataGrid';
import { Fout } from '../../../components/States';
import { ERKENNING_KOLOMMEN, erkenningRowId } from './columns';
import { Herinneringen } from './Herinneringen';

/** Active recognitions that expire within six months (reminder 6 months before expiry, art. 47–49). */
export function HernieuwenTab() {
  const navigate = useNavigate();
  const lijst = useApi('erkenning.list', { vervaltBinnenMaanden: 6 });
  const open = useCallback((r: ErkenningRij) => navigate(`/erkenningen/${r.id}`), [navigate]);

  return (
    <Stack gap="sm">
      <Text maw={760}>
        Actieve erkenningen die binnen zes maanden vervallen. Een hernieuwing is een nieuwe aanvraag die tijdig wordt ingediend; de
        organisatie krijgt zes maanden voor het einde een herinnering.
      </Text>
      <Herinneringen />
      {lijst.isError && <Fout error={lijst.error} opnieuw={() => void lijst.refetch()} />}
      <DataGrid<ErkenningRij>
        gridId="te-hernieuwen"
        ariaLabel="Erkenningen die binnen zes maanden vervallen"
        rowData={lijst.data}
        columnDefs={ERKENNING_KOLOMMEN}
        getRowId={erkenningRowId}
        loading={lijst.isPending}
        onOpen={open}
        rijNaam={['erkenning', 'erkenningen']}
        height={420}
      />
    </Stack>
  );
}
