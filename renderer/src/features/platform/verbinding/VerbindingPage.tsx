import { useEffect, useState } from 'react';
import { Alert, Button, Group, Paper, Radio, Stack, Text, TextInput } from '@mantine/core';
import { isElectron } from '../../../api/client';
import { useSessie } from '../../../api/hooks';
import { PageHeader } from '../../../components/PageHeader';

/**
 * Where this desktop works: its own store on this computer (one officer, offline) or a department's team server
 * (everyone on one store, signed in at the identity provider). Desktop only; the change applies after a restart.
 */
export function VerbindingPage() {
  const sessie = useSessie().data;
  const [huidig, setHuidig] = useState<string | null | undefined>(undefined);
  const [keuze, setKeuze] = useState<'eigen' | 'team'>('eigen');
  const [url, setUrl] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  useEffect(() => {
    if (!isElectron() || !window.api?.verbinding) return;
    void window.api!.verbinding!.get().then((v) => {
      setHuidig(v.teamServer);
      setKeuze(v.teamServer ? 'team' : 'eigen');
      setUrl(v.teamServer ?? '');
    });
  }, []);

  if (!isElectron()) {
    return (
      <>
        <PageHeader titel="Verbinding" />
        <Alert color="gray">
          {sessie?.modus === 'team'
            ? 'Je werkt in de browser op de teamserver. De bureaubladtoepassing kan ook met deze teamserver verbinden (Verbinding in de bureaubladtoepassing).'
            : 'De verbinding kies je in de bureaubladtoepassing.'}
        </Alert>
      </>
    );
  }

  const bewaar = async () => {
    setFout(null);
    setBezig(true);
    try {
      const v = await window.api!.verbinding!.zet(keuze === 'team' ? url : null);
      setHuidig(v.teamServer);
    } catch (err) {
      setFout((err as Error).message);
    } finally {
      setBezig(false);
    }
  };

  return (
    <>
      <PageHeader
        titel="Verbinding"
        intro="Werk alleen op deze computer, of samen met je collega's op de teamserver van je departement. Na een wijziging herstart de toepassing."
      />
      <Paper withBorder p="md" maw={760}>
        <Stack>
          <Text size="sm" data-testid="verbinding-huidig">
            Nu: {huidig === undefined ? '…' : huidig ? `de teamserver ${huidig}` : 'de eigen databank op deze computer'}
          </Text>
          <Radio.Group label="Waar werk je?" value={keuze} onChange={(v) => setKeuze(v as 'eigen' | 'team')}>
            <Stack gap="xs" mt="xs">
              <Radio value="eigen" label="Eigen databank op deze computer (één medewerker, ook zonder netwerk)" />
              <Radio value="team" label="Teamserver van het departement (aanmelden bij de identiteitsprovider)" />
            </Stack>
          </Radio.Group>
          {keuze === 'team' && (
            <TextInput label="Adres van de teamserver" placeholder="https://wzt.vlaanderen.be" value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={fout} />
          )}
          {fout && keuze === 'eigen' && <Alert color="red">{fout}</Alert>}
          <Group>
            <Button onClick={() => void bewaar()} loading={bezig}>
              Bewaren
            </Button>
          </Group>
        </Stack>
      </Paper>
    </>
  );
}
