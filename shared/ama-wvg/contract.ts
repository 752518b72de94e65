import { aanvraagMethods } from './aanvraag.contract';
import { erkenningMethods } from './erkenning.contract';
import { hernieuwingMethods } from './hernieuwing.contract';
import { overgangMethods } from './overgang.contract';
import { overeenkomstMethods } from './overeenkomst.contract';
import { subsidieMethods } from './subsidie.contract';

/** Module AMA WVG (Departement Zorg): recognitions of begeleiders, their agreements and the half-yearly subsidy. */
export const amaWvgMethods = {
  ...aanvraagMethods,
  ...erkenningMethods,
  ...hernieuwingMethods,
  ...overgangMethods,
  ...overeenkomstMethods,
  ...subsidieMethods,
};
