import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';

export function NietGevondenPage() {
  return (
    <>
      <PageHeader titel="Pagina niet gevonden" />
      <Text>
        Deze pagina bestaat niet.{' '}
        <Anchor component={Link} to="/">
          Ga naar het overzicht
        </Anchor>
        .
      </Text>
    </>
  );
}
