import { useCallback } from 'react';
import { Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { ErkenningRij } from '../../../../../shared/ama-wvg/erkenning.contract';
import { useApi } from '../../../api/hooks';
import { ERKENNING_KOLOMMEN, erkenningRowId } from './columns';
import { Herinneringen } from './Herinneringen';
import { RegisterGrid } from '../../../components/RegisterGrid';

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
      <RegisterGrid<ErkenningRij>
        gridId="te-hernieuwen"
        ariaLabel="Erkenningen die binnen zes maanden vervallen"
        query={lijst}
        columnDefs={ERKENNING_KOLOMMEN}
        getRowId={erkenningRowId}
        onOpen={open}
        rijNaam={['erkenning', 'erkenningen']}
        height={420}
      />
    </Stack>
  );
}
