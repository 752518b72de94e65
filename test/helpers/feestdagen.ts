// Unit tests that use shared/kernel directly get the same source for holidays outside the generated table as the
// application (electron/core/app.ts registers it): date-holidays itself.
import { zetFeestdagenBron } from '../../shared/kernel/holidays';
import { feestdagenVolgensBibliotheek } from '../../electron/core/platform/feestdagen';

zetFeestdagenBron(feestdagenVolgensBibliotheek);
