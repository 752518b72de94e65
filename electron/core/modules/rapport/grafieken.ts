/**
 * The report's charts, drawn by Vega-Lite (a maintained charting library) into SVG in the core: the same SVG is shown
 * on the screen (as an image: the renderer's CSP allows no script evaluation, which Vega's expressions need) and
 * embedded in the PDF report. Numbers in nl-BE.
 *
 *  - trajectories definitely referred against the objective per werk- en zorgregio;
 *  - the distribution of the AMA SE fill rate over the maatwerkbedrijven (bands of 10 %, the year's threshold marked);
 *  - the trend over the last five years (trajectories referred, AMA WVG participants, AMA SE places).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { RapportGrafiek } from '../../../../shared/rapport/contract';
import type { Sqlite } from '../../../../db/open';
import { formatAantal } from '../../../../shared/kernel/format';
import { invullingGroepen, jaarverslagMetLeden, type TabelMetLeden } from './jaarverslag';

/**
 * Vega is ESM with top-level await (its canvas probe), which a CommonJS host cannot `require`: the Electron main bundle
 * and `tsx` scripts load it here, on first use, with a dynamic import.
 */
let bibliotheek: Promise<{ vega: typeof import('vega'); compile: typeof import('vega-lite').compile }> | null = null;
function laadVega() {
  bibliotheek ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vl]) => {
    vega.formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] });
    return { vega, compile: vl.compile };
  });
  return bibliotheek;
}

const KLEUR = { hoofd: '#1d1d1b', accent: '#0055cc', geel: '#FFE615', grijs: '#8a8a8a' };
const BASIS = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  background: 'white',
  config: { font: 'Roboto, Arial, sans-serif', axis: { labelFontSize: 10, titleFontSize: 10, labelColor: '#333', titleColor: '#333' }, legend: { labelFontSize: 10, titleFontSize: 10, orient: 'bottom', labelLimit: 0 }, view: { stroke: null } },
} as const;

async function svg(spec: TopLevelSpec): Promise<string> {
  const { vega, compile } = await laadVega();
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

function trajectenTegenObjectief(t: TabelMetLeden, jaar: number): Promise<string> {
  const values = t.rijen.flatMap((r) => [
    { regio: r.label, reeks: 'Definitief toegeleid', aantal: r.waarden.definitiefToegeleid ?? 0 },
    ...(r.waarden.objectief !== null ? [{ regio: r.label, reeks: `Objectief ${jaar}`, aantal: r.waarden.objectief }] : []),
  ]);
  return svg({
    ...BASIS,
    width: 420,
    height: { step: 9 },
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'regio', type: 'nominal', title: null, sort: null },
      yOffset: { field: 'reeks' },
      x: { field: 'aantal', type: 'quantitative', title: 'Trajecten', axis: { format: ',d' } },
      color: { field: 'reeks', type: 'nominal', title: null, scale: { range: [KLEUR.accent, KLEUR.grijs] } },
    },
  } as TopLevelSpec);
}

const BANDEN = ['< 50 %', '50–60 %', '60–70 %', '70–80 %', '80–90 %', '≥ 90 %'];
function band(p: number): string {
  if (p < 50) return BANDEN[0];
  if (p >= 90) return BANDEN[5];
  return BANDEN[Math.floor(p / 10) - 4];
}

/** The legend's two groups, named after the year's threshold (AMA_SE_INVULLINGSGRAAD_DREMPEL) as the table's columns are. */
function drempelGroepen(drempelBp: number | null | undefined) {
  const { vanaf, onder } = invullingGroepen(drempelBp);
  const hoofdletter = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  return { vanaf: hoofdletter(vanaf), onder: hoofdletter(onder) };
}

/**
 * Bands of 10 %, each bar split into the maatwerkbedrijven that reach the year's threshold and those that do not (as
 * the table counts them), so a threshold inside a band is shown as it is.
 */
function invullingsverdeling(t: TabelMetLeden): Promise<string> {
  const groep = drempelGroepen(t.drempelBp);
  const tel = new Map<string, number>(); // per band and group
  for (const i of t.invullingen ?? []) {
    const sleutel = `${band(i.procent)}|${i.vanafDrempel ? groep.vanaf : groep.onder}`;
    tel.set(sleutel, (tel.get(sleutel) ?? 0) + 1);
  }
  const values = BANDEN.flatMap((b) => [groep.onder, groep.vanaf].map((g) => ({ band: b, invulling: g, aantal: tel.get(`${b}|${g}`) ?? 0 })));
  return svg({
    ...BASIS,
    width: 420,
    height: 180,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'band', type: 'ordinal', sort: BANDEN, title: 'Invullingsgraad op jaarbasis', axis: { labelAngle: 0 } },
      y: { field: 'aantal', type: 'quantitative', stack: 'zero', title: 'Maatwerkbedrijven', axis: { format: ',d', tickMinStep: 1 } },
      color: { field: 'invulling', type: 'nominal', title: 'Invulling', legend: { title: null }, scale: { domain: [groep.onder, groep.vanaf], range: [KLEUR.grijs, KLEUR.accent] } },
    },
  } as TopLevelSpec);
}

function trend(db: Sqlite, jaar: number): Promise<string> {
  const values: { jaar: string; reeks: string; aantal: number }[] = [];
  for (let j = Math.max(2018, jaar - 4); j <= jaar; j++) {
    const tabellen = jaarverslagMetLeden(db, j, `${j + 1}-03-31`, false);
    const tot = (id: string, kolom: string) => Number(tabellen.find((t) => t.id === id)?.totaal[kolom] ?? 0);
    values.push(
      { jaar: String(j), reeks: 'Trajecten definitief toegeleid', aantal: tot('trajecten-per-regio', 'definitiefToegeleid') },
      { jaar: String(j), reeks: 'Deelnemers AMA WVG', aantal: tot('ama-wvg-per-provincie', 'deelnemers') },
      { jaar: String(j), reeks: 'Plaatsen AMA SE', aantal: Math.round(tot('ama-se-per-provincie', 'plaatsen')) },
    );
  }
  return svg({
    ...BASIS,
    width: 420,
    height: 180,
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'jaar', type: 'ordinal', title: null, axis: { labelAngle: 0 } },
      y: { field: 'aantal', type: 'quantitative', title: null, axis: { format: ',d' } },
      color: { field: 'reeks', type: 'nominal', title: null, scale: { range: [KLEUR.accent, KLEUR.hoofd, '#c05800'] } },
    },
  } as TopLevelSpec);
}

const aantal = (n: number | null | undefined) => formatAantal(n ?? 0);

export async function rapportGrafieken(db: Sqlite, jaar: number, tabellen: TabelMetLeden[]): Promise<RapportGrafiek[]> {
  const t = (id: string) => tabellen.find((x) => x.id === id)!;
  const trajecten = t('trajecten-per-regio');
  const se = t('ama-se-per-provincie');
  const groepen = invullingGroepen(se.drempelBp);
  return [
    {
      id: 'trajecten-objectief',
      titel: `Activeringstrajecten ${jaar}: definitief toegeleid tegenover het objectief per werk- en zorgregio`,
      beschrijving: `Staafdiagram per werk- en zorgregio. In totaal ${aantal(trajecten.totaal.definitiefToegeleid)} trajecten definitief toegeleid${trajecten.totaal.objectief !== null ? ` tegenover een objectief van ${aantal(trajecten.totaal.objectief)}` : '; voor dit jaar is geen objectief vastgelegd'}.`,
      svg: await trajectenTegenObjectief(trajecten, jaar),
    },
    {
      id: 'invulling-verdeling',
      titel: `AMA SE ${jaar}: maatwerkbedrijven per invullingsgraad`,
      beschrijving: `Aantal maatwerkbedrijven per schijf van de invullingsgraad op jaarbasis: ${aantal(se.totaal.aantalVanaf80)} van de ${aantal(se.totaal.begeleiders)} met een invulling van ${groepen.vanaf}, ${aantal(se.totaal.aantalOnder60)} van ${groepen.onderGrens}.`,
      svg: await invullingsverdeling(se),
    },
    {
      id: 'trend',
      titel: `Evolutie ${Math.max(2018, jaar - 4)}–${jaar}`,
      beschrijving: 'Lijndiagram per jaar (elk jaar met peildatum 31 maart van het volgende jaar): trajecten definitief toegeleid, deelnemers AMA WVG en plaatsen AMA SE.',
      svg: await trend(db, jaar),
    },
  ];
}
