import { useState } from 'react';
import { Anchor, Button, Paper, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import type { Erkenning } from '../../../../../shared/ama-wvg/erkenning.contract';
import { procedureStartInput } from '../../../../../shared/engines/procedure.contract';
import { useApi, useApiMutation } from '../../../api/hooks';
import { formatDatum } from '../../../components/format';
import { useMagInDepartement } from '../../../components/rechten';
import { Leeg } from '../../../components/States';
import { useToast } from '../../../components/Toasts';
import { PROCEDURE_SOORTEN, PROCEDURE_STATUS } from '../../engines/procedures/labels';
import { BezwarenTabel } from '../../engines/procedures/ProcedureSecties';
import { ActieDialoog } from '../../../components/ActieDialoog';
import { call } from '../../../api/client';
import { contractResolver } from '../../../components/contractResolver';
import { Sectie } from '../../../components/dossier/Sectie';
import { StatusBadge } from '../../../components/StatusBadge';

/** "Opheffing starten" on an active recognition without a running revocation. */
function Acties({ erkenning }: { erkenning: Erkenning }) {
  const mag = useMagInDepartement('ZORG');
  const [open, setOpen] = useState(false);
  const procedures = useApi('procedure.list', { rechtEntiteit: 'erkenning', rechtId: erkenning.id, open: true }, { enabled: mag });
  if (!mag || erkenning.status !== 'actief' || !procedures.data || procedures.data.length > 0) return null;
  return (
    <>
      <Button color="red" variant="outline" onClick={() => setOpen(true)}>
        Opheffing starten
      </Button>
      <OpheffingStartenDialoog erkenning={erkenning} opened={open} onClose={() => setOpen(false)} />
    </>
  );
}

interface StartWaarden {
  gronden: string;
  feiten: string;
}

function OpheffingStartenDialoog({ erkenning, opened, onClose }: { erkenning: Erkenning; opened: boolean; onClose: () => void }) {
  const toast = useToast();
  const navigate = useNavigate();
  const naarInput = (v: StartWaarden) => ({
    soort: PROCEDURE_SOORTEN.opheffingErkenning,
    rechtId: erkenning.id,
    gronden: v.gronden,
    feiten: v.feiten,
  });
  const form = useForm<StartWaarden>({ resolver: contractResolver(naarInput, procedureStartInput), mode: 'onTouched' });
  const m = useApiMutation('procedure.start', { invalidates: ['procedure.list', 'erkenning.get', 'inbox.list', 'document.list'] });
  const e = form.formState.errors;
  return (
    <ActieDialoog
      titel="Opheffing starten"
      knop="Voornemen uitgeven"
      opened={opened}
      onClose={onClose}
      form={form}
      size="xl"
      begin={{ gronden: '', feiten: '' }}
      veldNaam={(v) => (['gronden', 'feiten'].includes(v) ? v : null)}
      voorbeeld={(v) => call('procedure.voorbeeldStart', naarInput(v))}
      uitvoeren={async (v) => {
        const p = await m.mutateAsync(naarInput(v));
        toast('succes', 'Voornemen tot opheffing uitgegeven', 'Registreer de verzending van de brief: de reactietermijn loopt vanaf de kennisgeving.');
        navigate(`/procedures/${p.id}`);
      }}
    >
      <Text size="sm">
        Voornemen tot opheffing van erkenning {erkenning.erkenningsnummer} (BVR art. 49, §4). De brief met het voornemen wordt meteen uitgegeven; de
        organisatie mag reageren en vragen om gehoord te worden.
      </Text>
      <Textarea label="Gronden" aria-required description="Welke voorwaarde of verplichting niet is nageleefd" autosize minRows={3} {...form.register('gronden')} error={e.gronden?.message} data-autofocus />
      <Textarea label="Feiten" aria-required description="Wat werd vastgesteld, wanneer en door wie" autosize minRows={3} {...form.register('feiten')} error={e.feiten?.message} />
    </ActieDialoog>
  );
}

/** The procedures on this recognition and the objections against its decisions. */
function Lijst({ erkenning }: { erkenning: Erkenning }) {
  const procedures = useApi('procedure.list', { rechtEntiteit: 'erkenning', rechtId: erkenning.id });
  const bezwaren = useApi('bezwaar.list', { organisatieId: erkenning.organisatieId });
  const beslissingIds = new Set(erkenning.beslissingen.map((b) => b.id));
  const eigen = (bezwaren.data ?? []).filter((z) => beslissingIds.has(z.beslissingId));
  return (
    <Stack gap="lg">
      <Sectie id="procedures" titel="Procedures">
        {!procedures.data || procedures.data.length === 0 ? (
          <Leeg>Geen procedures op deze erkenning.</Leeg>
        ) : (
          <Paper withBorder>
            <Table striped verticalSpacing="xs" aria-labelledby="procedures-titel" data-testid="procedures">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Procedure</Table.Th>
                  <Table.Th>Voornemen</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Volgende termijn</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {procedures.data.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/procedures/${p.id}`} fz="inherit">
                        {p.soortLabel} ({p.id})
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatDatum(p.voornemenDatum)}</Table.Td>
                    <Table.Td>
                      <StatusBadge info={PROCEDURE_STATUS[p.status]} />
                    </Table.Td>
                    <Table.Td>{formatDatum(p.volgendeTermijn)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </Sectie>
      {eigen.length > 0 && (
        <Sectie id="erkenning-bezwaren" titel="Bezwaren">
          <BezwarenTabel bezwaren={eigen} labelledBy="erkenning-bezwaren-titel" />
        </Sectie>
      )}
    </Stack>
  );
}

export const ErkenningProcedures = { Acties, Lijst };
