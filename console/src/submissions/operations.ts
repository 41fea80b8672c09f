/** The wizard's typed operations (graphql-codegen types them from schema/schema.graphql). */
import { graphql } from "../gql";

export const OpenDraftSubmissions = graphql(`
  query WizardOpenDrafts($employerId: ID!) {
    submissions(filter: { employerId: { eq: $employerId }, status: DRAFT }, first: 10) {
      nodes {
        id
        createdAt
        period {
          start
          end
        }
        selectedWorkers {
          id
          firstName
          lastName
        }
        declarations(first: 100) {
          totalCount
          nodes {
            id
            worker {
              id
              firstName
              lastName
            }
          }
        }
      }
    }
  }
`);

/** The employer as the wizard's first step needs it: whether it may declare at all. */
export const WizardEmployer = graphql(`
  query WizardEmployer($id: ID!) {
    employer(id: $id) {
      id
      nssoProvisional
    }
  }
`);

/** Step 1: the period by the rules createSubmission applies, before anything is created. */
export const CheckSubmissionPeriod = graphql(`
  query WizardCheckPeriod($from: Date!, $to: Date!) {
    checkSubmissionPeriod(from: $from, to: $to)
  }
`);

/** Step 2: the flexi-jobbers selected, kept with the draft. */
export const SelectWorkers = graphql(`
  mutation WizardSelectWorkers($id: ID!, $workerIds: [ID!]!) {
    selectSubmissionWorkers(id: $id, workerIds: $workerIds) {
      id
    }
  }
`);

/** Step 3: the input rules on a form still missing fields, so that every problem shows at once. */
export const CheckDeclarationInput = graphql(`
  query WizardCheckDeclaration($input: DeclarationInput!) {
    checkDeclarationInput(input: $input)
  }
`);

export const FlexiJobbers = graphql(`
  query WizardFlexiJobbers($employerId: ID!, $from: Date!, $to: Date!) {
    flexiJobbers(employerId: $employerId, from: $from, to: $to) {
      id
      firstName
      lastName
      ssin
      birthDate
    }
  }
`);

export const CreateSubmission = graphql(`
  mutation WizardCreateSubmission($input: CreateSubmissionInput!) {
    createSubmission(input: $input) {
      id
    }
  }
`);

/** A draft submission with its drafts: the entry and overview steps. */
export const DraftSubmission = graphql(`
  query WizardSubmission($id: ID!) {
    submission(id: $id) {
      id
      status
      reference
      createdAt
      period {
        start
        end
      }
      employer {
        id
        name
        employerClasses
        nssoProvisional
      }
      selectedWorkers {
        id
      }
      declarations(first: 500) {
        totalCount
        nodes {
          id
          total
          worker {
            id
            firstName
            lastName
            ssin
          }
          ...DeclarationFormContent
        }
      }
    }
  }
`);

export const EntryWorker = graphql(`
  query WizardWorker($id: ID!) {
    worker(id: $id) {
      id
      firstName
      lastName
      ssin
    }
  }
`);

export const AddDeclaration = graphql(`
  mutation WizardAddDeclaration($input: AddDeclarationInput!) {
    addDeclaration(input: $input) {
      id
    }
  }
`);

export const UpdateDraft = graphql(`
  mutation WizardUpdateDraft($id: ID!, $input: DeclarationInput!) {
    updateDraftDeclaration(id: $id, input: $input) {
      id
    }
  }
`);

export const RemoveDraft = graphql(`
  mutation WizardRemoveDraft($id: ID!) {
    removeDraftDeclaration(id: $id)
  }
`);

export const DiscardSubmission = graphql(`
  mutation WizardDiscard($id: ID!) {
    discardSubmission(id: $id)
  }
`);

export const SubmitSubmission = graphql(`
  mutation WizardSubmit($id: ID!, $idempotencyKey: String!) {
    submitSubmission(id: $id, idempotencyKey: $idempotencyKey) {
      id
      status
      reference
    }
  }
`);

/** The confirmation: a few declarations with their status (a large submission shows only its progress). */
export const TransmittedSubmission = graphql(`
  query WizardTransmitted($id: ID!, $first: Int!) {
    submission(id: $id) {
      id
      status
      reference
      submittedAt
      period {
        start
        end
      }
      progress {
        total
        processed
      }
      declarations(first: $first) {
        totalCount
        nodes {
          id
          status
          total
          allowedActions
          worker {
            id
            firstName
            lastName
          }
          anomalies {
            code
            severity
            message
          }
          history {
            number
            decisionReason
          }
        }
      }
    }
  }
`);

export const SubmissionProgress = graphql(`
  subscription WizardProgress($submissionId: ID!) {
    submissionProgress(submissionId: $submissionId) {
      total
      processed
      accepted
      acceptedWithWarnings
      refused
      cancelled
    }
  }
`);
