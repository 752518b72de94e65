import { Route, Routes } from 'react-router';
import { OverzichtPage } from '../features/overzicht/OverzichtPage';
import { OrganisatieListPage } from '../features/organisaties/OrganisatieListPage';
import { OrganisatieNieuwPage, OrganisatieWijzigPage } from '../features/organisaties/OrganisatieFormPage';
import { OrganisatieDetailPage } from '../features/organisaties/OrganisatieDetailPage';
import { BrievenPage } from '../features/brieven/BrievenPage';
import { ParametersPage } from '../features/parameters/ParametersPage';
import { TermijnPage } from '../features/parameters/TermijnPage';
import { MedewerkersPage } from '../features/medewerkers/MedewerkersPage';
import { AuditPage } from '../features/audit/AuditPage';
import { PlaceholderPage } from '../features/placeholders/PlaceholderPage';
import { NietGevondenPage } from './NietGevondenPage';

/**
 * Routes (HashRouter: `#/organisaties/12`). Organisations, letters, parameters and audit are built;
 * recognitions, mandates and contingents say what will come.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<OverzichtPage />} />
      <Route path="/organisaties" element={<OrganisatieListPage />} />
      <Route path="/organisaties/nieuw" element={<OrganisatieNieuwPage />} />
      <Route path="/organisaties/:id" element={<OrganisatieDetailPage />} />
      <Route path="/organisaties/:id/wijzigen" element={<OrganisatieWijzigPage />} />
      <Route path="/erkenningen" element={<PlaceholderPage gebied="erkenningen" />} />
      <Route path="/mandaten" element={<PlaceholderPage gebied="mandaten" />} />
      <Route path="/contingenten" element={<PlaceholderPage gebied="contingenten" />} />
      <Route path="/brieven" element={<BrievenPage />} />
      <Route path="/brieven/:id" element={<BrievenPage />} />
      <Route path="/parameters" element={<ParametersPage />} />
      <Route path="/parameters/termijn" element={<TermijnPage />} />
      <Route path="/medewerkers" element={<MedewerkersPage />} />
      <Route path="/audit" element={<AuditPage />} />
      <Route path="*" element={<NietGevondenPage />} />
    </Routes>
  );
}
