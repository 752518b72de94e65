import { z } from 'zod';
import { method } from '../api/define';
import { ALLE_ROLLEN, ALLEEN_BEHEERDER } from '../api/roles';
import type { Beslissing, EindeReden } from '../engines/beslissing.contract';

export const ERKENNING_STATUSSEN = ['actief', 'opgeheven', 'verlopen'] as const;
export type ErkenningStatus = (typeof ERKENNING_STATUSSEN)[number];

export interface ErkenningRij {
  id: number;
  erkenningsnummer: string;
  organisatieId: number;
  organisatieNaam: string;
  organisatieKbo: string;
  typeCode: string;
  typeNaam: string;
  provincieNaam: string;
  geldigVan: string;
  geldigTot: string;
  status: ErkenningStatus;
  eindeReden: EindeReden | null;
  oorsprong: 'aanvraag' | 'overgang';
  /** A renewal application is running or granted. */
  hernieuwingAanvraagId: number | null;
  /** The last reminder to renew (letter 'herinnering-hernieuwing', filed under this recognition), if any. */
  herinneringDocumentId: number | null;
  /** Date of that reminder letter. */
  herinneringDatum: string | null;
}

export interface Erkenning extends ErkenningRij {
  aanvraagId: number | null;
  beslissingId: number | null;
  vorigeErkenningId: number | null;
  volgendeErkenningId: number | null;
  versie: number;
  historiek: { id: number; datum: string; status: string; geldigTot: string; beslissingId: number | null; toelichting: string }[];
  beslissingen: Beslissing[];
}

const id = z.number().int().positive();

export const erkenningMethods = {
  'erkenning.list': method<ErkenningRij[]>()({
    input: z.object({
      status: z.enum(ERKENNING_STATUSSEN).optional(),
      organisatieId: id.optional(),
      /** Only active recognitions that expire within this many months from today. */
      vervaltBinnenMaanden: z.number().int().min(1).max(60).optional(),
    }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Register van de erkenningen AMA WVG (filters: status, organisatie, vervalt binnen N maanden)',
  }),
  'erkenning.get': method<Erkenning>()({
    input: z.object({ id }),
    roles: ALLE_ROLLEN,
    omschrijving: 'Een erkenning met historiek en beslissingen',
  }),
  'erkenning.verwerkVervaldagen': method<{ verlopen: number }>()({
    input: z.object({}),
    roles: ALLEEN_BEHEERDER,
    omschrijving: 'Erkenningen waarvan de laatste dag voorbij is op "verlopen" zetten (loopt ook bij elke start)',
    mutates: true,
  }),
};
