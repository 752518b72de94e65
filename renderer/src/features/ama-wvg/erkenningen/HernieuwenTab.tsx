import { useCallback } from 'react';
import { Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { ErkenningRij } from '../../../../../shared/ama-wvg/erkenning.contract';
import { useApi, useParameterGetal } from '../../../api/hooks';
import { ERKENNING_KOLOMMEN, erkenningRowId } from './columns';
import { Herinneringen } from './Herinneringen';
import { RegisterGrid } from '../../../components/RegisterGrid';
import { HERINNERING_PARAMETER } from '../../../../../shared/ama-wvg/hernieuwing.contract';

/** Active recognitions that expire within the reminder period (AMA_WVG_HERINNERING_HERNIEUWING, 6 months; art. 47–49). */
export function HernieuwenTab() {
  const navigate = useNavigate();
  const maanden = useParameterGetal(HERINNERING_PARAMETER);
  const lijst = useApi('erkenning.list', { vervaltBinnenMaanden: maanden }, { enabled: maanden !== undefined });
  const periode = maanden === undefined ? 'de herinneringstermijn' : `${maanden} maanden`;
  const open = useCallback((r: ErkenningRij) => navigate(`/erkenningen/${r.id}`), [navigate]);

  return (
    <Stack gap="sm">
      <Text maw={760}>
        Actieve erkenningen die binnen {periode} vervallen. Een hernieuwing is een nieuwe aanvraag die tijdig wordt ingediend; de
        organisatie krijgt {periode} voor het einde een herinnering.
      </Text>
      <Herinneringen />
      <RegisterGrid<ErkenningRij>
        gridId="te-hernieuwen"
        ariaLabel="Erkenningen die binnenkort vervallen"
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
