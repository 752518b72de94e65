import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { OverzichtPage } from '../features/platform/overzicht/OverzichtPage';
import { OrganisatieListPage } from '../features/organisatie/OrganisatieListPage';
import { OrganisatieNieuwPage, OrganisatieWijzigPage } from '../features/organisatie/OrganisatieFormPage';
import { OrganisatieDetailPage } from '../features/organisatie/OrganisatieDetailPage';
import { BrievenPage } from '../features/letters/BrievenPage';
import { ParametersPage } from '../features/platform/parameters/ParametersPage';
import { TermijnPage } from '../features/platform/parameters/TermijnPage';
import { PostcodesPage } from '../features/platform/postcodes/PostcodesPage';
import { MedewerkersPage } from '../features/platform/medewerkers/MedewerkersPage';
import { AuditPage } from '../features/platform/audit/AuditPage';
import { ErkenningenPage } from '../features/ama-wvg/erkenningen/ErkenningenPage';
import { ErkenningDetailPage } from '../features/ama-wvg/erkenningen/ErkenningDetailPage';
import { AanvraagNieuwPage } from '../features/ama-wvg/erkenningen/aanvraag/AanvraagNieuwPage';
import { AanvraagDetailPage } from '../features/ama-wvg/erkenningen/aanvraag/AanvraagDetailPage';
import { GoedkeuringenPage } from '../features/engines/beslissingen/GoedkeuringenPage';
import { BeslissingDetailPage } from '../features/engines/beslissingen/BeslissingDetailPage';
import { ProcedureDetailPage } from '../features/engines/procedures/ProcedureDetailPage';
import { BezwaarDetailPage } from '../features/engines/procedures/BezwaarDetailPage';
import { OvereenkomstenPage } from '../features/ama-wvg/overeenkomsten/OvereenkomstenPage';
import { OvereenkomstDetailPage } from '../features/ama-wvg/overeenkomsten/OvereenkomstDetailPage';
import { OvereenkomstNieuwPage } from '../features/ama-wvg/overeenkomsten/OvereenkomstNieuwPage';
import { SubsidiesPage } from '../features/ama-wvg/subsidies/SubsidiesPage';
import { SubsidieRunPage } from '../features/ama-wvg/subsidies/SubsidieRunPage';
import { BewaartermijnPage } from '../features/platform/retentie/BewaartermijnPage';
import { BackupsPage } from '../features/platform/backup/BackupsPage';
import { VerbindingPage } from '../features/platform/verbinding/VerbindingPage';
import { SamenwerkingsverbandenPage } from '../features/swv-zorg/SamenwerkingsverbandenPage';
import { SwvDetailPage } from '../features/swv-zorg/SwvDetailPage';
import { MandaatDetailPage } from '../features/swv-zorg/MandaatDetailPage';
import { OproepDetailPage } from '../features/swv-zorg/OproepDetailPage';
import { AanvraagNieuwPage as MandaatAanvraagNieuwPage } from '../features/swv-zorg/AanvraagNieuwPage';
import { AanvraagDetailPage as MandaatAanvraagDetailPage } from '../features/swv-zorg/AanvraagDetailPage';
import { TrajectDetailPage } from '../features/swv-zorg/TrajectDetailPage';
import { CompensatieRunPage } from '../features/swv-zorg/CompensatieRunPage';
import { ContingentenPage } from '../features/ama-se/ContingentenPage';
import { ContingentDetailPage } from '../features/ama-se/ContingentDetailPage';
import { SeOproepDetailPage } from '../features/ama-se/SeOproepDetailPage';
import { DeelnameDetailPage } from '../features/ama-se/DeelnameDetailPage';
import { AfrekeningRunPage, VoorschotRunPage } from '../features/ama-se/SeRunPage';
import { JaarverslagPage } from '../features/rapport/JaarverslagPage';
import { BetaalRunDoorverwijzing } from '../features/engines/betaalrun/BetaalRunDoorverwijzing';
import { NietGevondenPage } from './NietGevondenPage';

/**
 * A dossier's page only on an address with a dossier number: `#/contingenten/begeleidingsovereenkomsten` (a mistyped
 * tab) or `#/organisaties/abc` is a page that does not exist, not a dossier the core refuses with a message about its
 * `organisatieId`.
 */
function MetNummer({ children }: { children: ReactNode }) {
  return /^[1-9]\d{0,15}$/.test(useParams().id ?? '') ? children : <NietGevondenPage />;
}

/**
 * Routes (HashRouter: `#/organisaties/12`). Organisations, recognitions (applications, register,
 * approvals, procedures), agreements, subsidies, samenwerkingsverbanden Zorg (mandates, calls, trajectories,
 * compensation), contingents AMA SE (register, calls, participations, advances, settlement, evaluation), letters,
 * parameters, retention and audit.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<OverzichtPage />} />
      <Route path="/organisaties" element={<OrganisatieListPage />} />
      <Route path="/organisaties/nieuw" element={<OrganisatieNieuwPage />} />
      <Route path="/organisaties/:id" element={<MetNummer><OrganisatieDetailPage /></MetNummer>} />
      <Route path="/organisaties/:id/wijzigen" element={<MetNummer><OrganisatieWijzigPage /></MetNummer>} />
      <Route path="/erkenningen" element={<ErkenningenPage tab="aanvragen" />} />
      <Route path="/erkenningen/aanvragen" element={<ErkenningenPage tab="aanvragen" />} />
      <Route path="/erkenningen/register" element={<ErkenningenPage tab="register" />} />
      <Route path="/erkenningen/te-hernieuwen" element={<ErkenningenPage tab="te-hernieuwen" />} />
      <Route path="/erkenningen/overgang" element={<ErkenningenPage tab="overgang" />} />
      <Route path="/erkenningen/aanvragen/nieuw" element={<AanvraagNieuwPage />} />
      <Route path="/erkenningen/aanvragen/:id" element={<MetNummer><AanvraagDetailPage /></MetNummer>} />
      <Route path="/erkenningen/:id" element={<MetNummer><ErkenningDetailPage /></MetNummer>} />
      <Route path="/overeenkomsten" element={<OvereenkomstenPage tab="register" />} />
      <Route path="/overeenkomsten/deelnemer" element={<OvereenkomstenPage tab="deelnemer" />} />
      <Route path="/overeenkomsten/evaluaties" element={<OvereenkomstenPage tab="evaluaties" />} />
      <Route path="/overeenkomsten/na-einde-erkenning" element={<OvereenkomstenPage tab="na-einde-erkenning" />} />
      <Route path="/overeenkomsten/importeren" element={<OvereenkomstenPage tab="importeren" />} />
      <Route path="/overeenkomsten/nieuw" element={<OvereenkomstNieuwPage />} />
      <Route path="/overeenkomsten/:id" element={<MetNummer><OvereenkomstDetailPage /></MetNummer>} />
      <Route path="/subsidies" element={<SubsidiesPage />} />
      <Route path="/subsidies/:id" element={<MetNummer><SubsidieRunPage /></MetNummer>} />
      <Route path="/bewaartermijn" element={<BewaartermijnPage />} />
      <Route path="/backups" element={<BackupsPage />} />
      <Route path="/verbinding" element={<VerbindingPage />} />
      <Route path="/beslissingen" element={<GoedkeuringenPage />} />
      <Route path="/beslissingen/:id" element={<MetNummer><BeslissingDetailPage /></MetNummer>} />
      <Route path="/procedures/:id" element={<MetNummer><ProcedureDetailPage /></MetNummer>} />
      <Route path="/bezwaren/:id" element={<MetNummer><BezwaarDetailPage /></MetNummer>} />
      <Route path="/betaalruns/:id" element={<MetNummer><BetaalRunDoorverwijzing /></MetNummer>} />
      <Route path="/mandaten" element={<Navigate replace to="/samenwerkingsverbanden" />} />
      <Route path="/samenwerkingsverbanden" element={<SamenwerkingsverbandenPage tab="mandaten" />} />
      <Route path="/samenwerkingsverbanden/register" element={<SamenwerkingsverbandenPage tab="register" />} />
      <Route path="/samenwerkingsverbanden/oproepen" element={<SamenwerkingsverbandenPage tab="oproepen" />} />
      <Route path="/samenwerkingsverbanden/trajecten" element={<SamenwerkingsverbandenPage tab="trajecten" />} />
      <Route path="/samenwerkingsverbanden/compensatie" element={<SamenwerkingsverbandenPage tab="compensatie" />} />
      <Route path="/samenwerkingsverbanden/importeren" element={<SamenwerkingsverbandenPage tab="importeren" />} />
      <Route path="/samenwerkingsverbanden/mandaten/:id" element={<MetNummer><MandaatDetailPage /></MetNummer>} />
      <Route path="/samenwerkingsverbanden/oproepen/:id" element={<MetNummer><OproepDetailPage /></MetNummer>} />
      <Route path="/samenwerkingsverbanden/aanvragen/nieuw" element={<MandaatAanvraagNieuwPage />} />
      <Route path="/samenwerkingsverbanden/aanvragen/:id" element={<MetNummer><MandaatAanvraagDetailPage /></MetNummer>} />
      <Route path="/samenwerkingsverbanden/trajecten/:id" element={<MetNummer><TrajectDetailPage /></MetNummer>} />
      <Route path="/samenwerkingsverbanden/compensatie/:id" element={<MetNummer><CompensatieRunPage /></MetNummer>} />
      <Route path="/samenwerkingsverbanden/:id" element={<MetNummer><SwvDetailPage /></MetNummer>} />
      <Route path="/contingenten" element={<ContingentenPage tab="register" />} />
      <Route path="/contingenten/oproepen" element={<ContingentenPage tab="oproepen" />} />
      <Route path="/contingenten/deelnames" element={<ContingentenPage tab="deelnames" />} />
      <Route path="/contingenten/voorschotten" element={<ContingentenPage tab="voorschotten" />} />
      <Route path="/contingenten/afrekeningen" element={<ContingentenPage tab="afrekeningen" />} />
      <Route path="/contingenten/evaluatie" element={<ContingentenPage tab="evaluatie" />} />
      <Route path="/contingenten/importeren" element={<ContingentenPage tab="importeren" />} />
      <Route path="/contingenten/oproepen/:id" element={<MetNummer><SeOproepDetailPage /></MetNummer>} />
      <Route path="/contingenten/deelnames/:id" element={<MetNummer><DeelnameDetailPage /></MetNummer>} />
      <Route path="/contingenten/voorschotten/:id" element={<MetNummer><VoorschotRunPage /></MetNummer>} />
      <Route path="/contingenten/afrekeningen/:id" element={<MetNummer><AfrekeningRunPage /></MetNummer>} />
      <Route path="/contingenten/:id" element={<MetNummer><ContingentDetailPage /></MetNummer>} />
      <Route path="/jaarverslag" element={<JaarverslagPage />} />
      <Route path="/brieven" element={<BrievenPage />} />
      <Route path="/brieven/:id" element={<MetNummer><BrievenPage /></MetNummer>} />
      <Route path="/parameters" element={<ParametersPage />} />
      <Route path="/parameters/termijn" element={<TermijnPage />} />
      <Route path="/parameters/postcodes" element={<PostcodesPage />} />
      <Route path="/medewerkers" element={<MedewerkersPage />} />
      <Route path="/audit" element={<AuditPage />} />
      <Route path="*" element={<NietGevondenPage />} />
    </Routes>
  );
}
