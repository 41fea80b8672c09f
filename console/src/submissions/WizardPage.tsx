/**
 * "Flexi-Lohndaten übermitteln": the guide's wizard as its own route. The URL names the step,
 * the draft submission and the worker, so that a reload (or the browser's back button) lands
 * on the same screen; the drafts come back from the server, the selection from the browser.
 *
 *   /wizard                                 1 period (and open drafts to resume)
 *   /wizard/select?employer&from&to         2 flexi-jobbers, before the submission exists
 *   /wizard/:submissionId/select            2 more flexi-jobbers ("Flexi-Jobber hinzufügen")
 *   /wizard/:submissionId/entry/:workerId   3 a worker's wage data
 *   /wizard/:submissionId/edit/:declId      3 a draft corrected (pencil)
 *   /wizard/:submissionId/overview          4 overview, transmit
 *   /wizard/:submissionId/done              5 confirmation with the reference
 */
import { Navigate, Route, Routes } from "react-router-dom";
import { DeclarantOnly } from "../common/currentEmployer";
import { DoneStep } from "./wizard/DoneStep";
import { EntryStep } from "./wizard/EntryStep";
import { OverviewStep } from "./wizard/OverviewStep";
import { PeriodStep } from "./wizard/PeriodStep";
import { SelectStep } from "./wizard/SelectStep";

export default function WizardPage() {
  return (
    <DeclarantOnly>
      <Routes>
        <Route index element={<PeriodStep />} />
        <Route path="select" element={<SelectStep />} />
        <Route path=":submissionId/select" element={<SelectStep />} />
        <Route path=":submissionId/entry/:workerId" element={<EntryStep />} />
        <Route path=":submissionId/edit/:declarationId" element={<EntryStep />} />
        <Route path=":submissionId/overview" element={<OverviewStep />} />
        <Route path=":submissionId/done" element={<DoneStep />} />
        <Route path="*" element={<Navigate to="/wizard" replace />} />
      </Routes>
    </DeclarantOnly>
  );
}
