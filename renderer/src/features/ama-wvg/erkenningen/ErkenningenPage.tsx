import { Tabs } from '@mantine/core';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useParameterGetal } from '../../../api/hooks';
import { AanvragenTab } from './AanvragenTab';
import { RegisterTab } from './RegisterTab';
import { HernieuwenTab } from './HernieuwenTab';
import { OvergangTab } from './OvergangTab';
import { aantalMet } from '../../../components/format';

export type ErkenningenTab = 'aanvragen' | 'register' | 'te-hernieuwen' | 'overgang';

const TABS: { value: ErkenningenTab; label: string }[] = [
  { value: 'aanvragen', label: 'Aanvragen' },
  { value: 'register', label: 'Register' },
  { value: 'te-hernieuwen', label: 'Te hernieuwen' },
  { value: 'overgang', label: 'Overgang' },
];

/** Erkenningen AMA WVG: applications, the register, renewals due and the transitional import, one tab per route. */
export function ErkenningenPage({ tab }: { tab: ErkenningenTab }) {
  const navigate = useNavigate();
  const duur = useParameterGetal('AMA_WVG_ERKENNINGSDUUR');
  return (
    <>
      <PageHeader
        titel="Erkenningen AMA WVG"
        intro={`Erkenning van begeleiders arbeidsmatige activiteiten (BVR 18 november 2022, art. 46–49): aanvragen, het register${duur === undefined ? '' : ` met de geldigheid van ${aantalMet(duur, 'jaar', 'jaar')}`}, hernieuwingen en de overgangsregeling.`}
      />
      <Tabs value={tab} onChange={(v) => v && navigate(`/erkenningen/${v}`)} keepMounted={false} activateTabWithKeyboard={false}>
        <Tabs.List aria-label="Onderdelen van Erkenningen AMA WVG" mb="md">
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="aanvragen">{tab === 'aanvragen' && <AanvragenTab />}</Tabs.Panel>
        <Tabs.Panel value="register">{tab === 'register' && <RegisterTab />}</Tabs.Panel>
        <Tabs.Panel value="te-hernieuwen">{tab === 'te-hernieuwen' && <HernieuwenTab />}</Tabs.Panel>
        <Tabs.Panel value="overgang">{tab === 'overgang' && <OvergangTab />}</Tabs.Panel>
      </Tabs>
    </>
  );
}
