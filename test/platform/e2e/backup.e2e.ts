import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { naar, startE2E, type E2E } from '../../helpers/e2e';
import { organisatieInput } from '../../helpers/app';

describe('backups and the audit check (beheerder)', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E({ user: 'Bart Claes', role: 'beheerder' });
  });
  afterAll(async () => {
    await e?.close();
  });

  const namen = async () => (await e.call('organisatie.list', {})).map((o) => o.naam);

  it('makes a backup, restores it after a confirmation (the later organisation is gone, the state before is kept), and checks the audit trail', async () => {
    await e.call('organisatie.create', organisatieInput({ naam: 'vzw Voor de backup', kbo: '0417.497.106' }));
    await naar(e.page, '/backups');
    await e.page.getByRole('heading', { level: 1, name: 'Backups en integriteit' }).waitFor();
    await e.page.getByRole('button', { name: 'Nu een backup maken' }).click();
    const tabel = e.page.getByRole('table', { name: 'Backups' });
    await tabel.getByText('Op vraag').waitFor();

    await e.call('organisatie.create', organisatieInput({ naam: 'vzw Na de backup', kbo: '0202.239.951' }));
    expect(await namen()).toContain('vzw Na de backup');
    await tabel.getByRole('button', { name: /Herstellen uit de backup van/ }).first().click();
    const dialoog = e.page.getByRole('dialog', { name: 'Databank herstellen' });
    await dialoog.getByText('Alles wat sindsdien werd geregistreerd').waitFor();
    await dialoog.getByRole('button', { name: 'Ja, herstellen' }).click();
    await dialoog.waitFor({ state: 'hidden' });
    expect(await namen()).toEqual(['vzw Voor de backup']);
    await tabel.getByText('Vóór een herstel').waitFor();

    await e.page.getByRole('button', { name: 'Audittrail controleren' }).click();
    await expect.poll(() => e.page.getByTestId('auditketen').textContent()).toContain('auditregels nagerekend');
    await e.screenshot('backups');
    expect(e.errors).toEqual([]);
  });
});
