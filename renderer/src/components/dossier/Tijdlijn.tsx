import { Anchor, Text, Timeline } from '@mantine/core';
import { Link } from 'react-router';
import type { Gebeurtenis } from '../../../../shared/platform/dossier.contract';
import { formatDatum, formatTijdstip } from '../format';
import { Leeg } from '../States';

/** The dossier's events as a vertical list: date, what happened, who recorded it, the letter if any. */
export function Tijdlijn({ items }: { items: Gebeurtenis[] }) {
  if (items.length === 0) return <Leeg>Nog geen gebeurtenissen.</Leeg>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={items.length - 1} data-testid="tijdlijn" aria-label="Tijdlijn">
      {items.map((g) => (
        <Timeline.Item
          key={g.id}
          title={
            <Text fw={600} size="sm">
              {formatDatum(g.datum)}
            </Text>
          }
        >
          <Text size="sm">{g.omschrijving}</Text>
          <Text size="xs" c="dimmed">
            Geregistreerd door {g.door} op {formatTijdstip(g.tijdstip)}
            {g.documentId && (
              <>
                {' · '}
                <Anchor component={Link} to={`/brieven/${g.documentId}`} fz="xs">
                  brief
                </Anchor>
              </>
            )}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
