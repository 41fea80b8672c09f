/**
 * The wizard's reads and mutations, as custom data-provider methods: open drafts, the workers
 * with a Dimona in the period, the draft submission and its declarations, and the changes to it
 * up to the submission.
 */
import { operation } from "../api/handlers";
import {
  AddDeclaration,
  CheckDeclarationInput,
  CheckSubmissionPeriod,
  CreateSubmission,
  DiscardSubmission,
  DraftSubmission,
  EntryWorker,
  FlexiJobbers,
  OpenDraftSubmissions,
  RemoveDraft,
  SelectWorkers,
  SubmitSubmission,
  TransmittedSubmission,
  UpdateDraft,
  WizardEmployer,
} from "./operations";

export const submissionMethods = {
  openDraftSubmissions: operation(OpenDraftSubmissions),
  flexiJobbers: operation(FlexiJobbers),
  draftSubmission: operation(DraftSubmission),
  entryWorker: operation(EntryWorker),
  transmittedSubmission: operation(TransmittedSubmission),
  createSubmission: operation(CreateSubmission),
  addDraft: operation(AddDeclaration),
  updateDraft: operation(UpdateDraft),
  removeDraft: operation(RemoveDraft),
  discardSubmission: operation(DiscardSubmission),
  submitSubmission: operation(SubmitSubmission),
  wizardEmployer: operation(WizardEmployer),
  checkSubmissionPeriod: operation(CheckSubmissionPeriod),
  selectWorkers: operation(SelectWorkers),
  checkDeclarationInput: operation(CheckDeclarationInput),
};
