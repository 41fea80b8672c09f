/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query EmployerUsers($id: ID!) {\n    employer(id: $id) {\n      id name\n      users { id login displayName grants { permission grantedAt } }\n    }\n  }\n": typeof types.EmployerUsersDocument,
    "\n  mutation GrantAccess($input: GrantAccessInput!) {\n    grantAccess(input: $input) { permission grantedAt }\n  }\n": typeof types.GrantAccessDocument,
    "\n  mutation RevokeAccess($input: GrantAccessInput!) {\n    revokeAccess(input: $input)\n  }\n": typeof types.RevokeAccessDocument,
    "\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) { token expiresAt }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut { signOut }\n": typeof types.SignOutDocument,
    "\n  query Me {\n    me {\n      id login displayName language backOffice ssin\n      grants { permission employer { id name language } }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query OfficeAuditEntries($filter: AuditEntryFilter, $first: Int, $offset: Int) {\n    auditEntries(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id action at reason entityType\n        actor { login displayName }\n        changes { field before after }\n      }\n    }\n  }\n": typeof types.OfficeAuditEntriesDocument,
    "\n  query OfficeFlexiCeilings { flexiCeilings { id year amount provisional source } }\n": typeof types.OfficeFlexiCeilingsDocument,
    "\n  mutation OfficeSetFlexiCeiling($year: Int!, $amount: Money!, $provisional: Boolean!, $source: String) {\n    setFlexiCeiling(year: $year, amount: $amount, provisional: $provisional, source: $source) { id year amount provisional source }\n  }\n": typeof types.OfficeSetFlexiCeilingDocument,
    "\n  fragment OfficeDeclarationRow on WageDeclaration {\n    id version status kind calculationDate total submittedAt updatedAt payslipReference\n    calculationPeriod { start end }\n    worker { id firstName lastName ssin }\n    employer { id name }\n    anomalies { code severity message path }\n  }\n": typeof types.OfficeDeclarationRowFragmentDoc,
    "\n  fragment OfficeProperty on WageProperty {\n    employerClass workerType grossWage\n    validity { start end }\n    premiums { amount frequencyMonths }\n  }\n": typeof types.OfficePropertyFragmentDoc,
    "\n  query OfficeDeclarations($filter: WageDeclarationFilter, $orderBy: [WageDeclarationOrder!], $first: Int, $offset: Int) {\n    wageDeclarations(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeDeclarationRow }\n    }\n  }\n": typeof types.OfficeDeclarationsDocument,
    "\n  query OfficeDeclaration($id: ID!) {\n    wageDeclaration(id: $id) {\n      ...OfficeDeclarationRow\n      createdAt processedAt\n      worker { id firstName lastName ssin pensionerFrom }\n      employer { id name employerClasses nssoNumber nssoProvisional }\n      properties { ...OfficeProperty }\n      inForce { number }\n      history {\n        number kind status calculationDate payslipReference total createdAt reason submittedAt processedAt\n        calculationPeriod { start end }\n        createdBy { login displayName }\n        anomalies { code severity message }\n        properties { ...OfficeProperty }\n      }\n      statusEvents { versionNumber from to at reason actor { login displayName } }\n    }\n  }\n": typeof types.OfficeDeclarationDocument,
    "\n  query OfficeDeclarationVersion($id: ID!) {\n    wageDeclaration(id: $id) { id version }\n  }\n": typeof types.OfficeDeclarationVersionDocument,
    "\n  mutation OfficeCorrectDeclaration($id: ID!, $expectedVersion: Int!, $input: DeclarationInput!, $reason: String!) {\n    correctDeclaration(id: $id, expectedVersion: $expectedVersion, input: $input, reason: $reason) { id version status }\n  }\n": typeof types.OfficeCorrectDeclarationDocument,
    "\n  mutation OfficeAcceptDeclaration($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    acceptDeclaration(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id version status }\n  }\n": typeof types.OfficeAcceptDeclarationDocument,
    "\n  mutation OfficeRefuseDeclaration($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    refuseDeclaration(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id version status }\n  }\n": typeof types.OfficeRefuseDeclarationDocument,
    "\n  mutation OfficeRevalidateDeclaration($id: ID!) {\n    revalidateDeclaration(id: $id) { id version status }\n  }\n": typeof types.OfficeRevalidateDeclarationDocument,
    "\n  mutation OfficeRevalidateDeclarations($filter: WageDeclarationFilter!) {\n    revalidateDeclarations(filter: $filter)\n  }\n": typeof types.OfficeRevalidateDeclarationsDocument,
    "\n  subscription OfficeDeclarationStatusChanged($id: ID!) {\n    declarationStatusChanged(declarationId: $id) { cursor versionNumber to }\n  }\n": typeof types.OfficeDeclarationStatusChangedDocument,
    "\n  fragment OfficeDimonaPeriod on DimonaPeriod {\n    id periodId workerType jointCommittee startDate startHour endDate endHour plannedHours cancelled\n    worker { id firstName lastName ssin }\n    employer { id name }\n  }\n": typeof types.OfficeDimonaPeriodFragmentDoc,
    "\n  query OfficeDimonaPeriods($filter: DimonaPeriodFilter, $orderBy: [DimonaPeriodOrder!], $first: Int, $offset: Int) {\n    dimonaPeriods(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeDimonaPeriod }\n    }\n  }\n": typeof types.OfficeDimonaPeriodsDocument,
    "\n  mutation OfficeCorrectDimonaPeriod($id: ID!, $input: CorrectDimonaPeriodInput!, $reason: String!) {\n    correctDimonaPeriod(id: $id, input: $input, reason: $reason) { ...OfficeDimonaPeriod }\n  }\n": typeof types.OfficeCorrectDimonaPeriodDocument,
    "\n  mutation OfficeRegisterDimonaPeriod($input: RegisterDimonaPeriodInput!) {\n    registerDimonaPeriod(input: $input) { ...OfficeDimonaPeriod }\n  }\n": typeof types.OfficeRegisterDimonaPeriodDocument,
    "\n  fragment OfficeEmployer on Employer { id name enterpriseNumber nssoNumber nssoProvisional language employerClasses }\n": typeof types.OfficeEmployerFragmentDoc,
    "\n  query OfficeEmployers($filter: EmployerFilter, $orderBy: [EmployerOrder!], $first: Int, $offset: Int) {\n    employers(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeEmployer }\n    }\n  }\n": typeof types.OfficeEmployersDocument,
    "\n  query OfficeEmployerById($id: ID!) {\n    employer(id: $id) {\n      ...OfficeEmployer\n      users { id login displayName grants { permission employer { id } } }\n    }\n  }\n": typeof types.OfficeEmployerByIdDocument,
    "\n  query OfficeEmployerClasses { employerClasses { code label } }\n": typeof types.OfficeEmployerClassesDocument,
    "\n  mutation OfficeCorrectEmployer($id: ID!, $input: CorrectEmployerInput!, $reason: String!) {\n    correctEmployer(id: $id, input: $input, reason: $reason) { ...OfficeEmployer }\n  }\n": typeof types.OfficeCorrectEmployerDocument,
    "\n  fragment OfficeWorker on Worker { id ssin firstName lastName birthDate pensionerFrom }\n": typeof types.OfficeWorkerFragmentDoc,
    "\n  query OfficeWorkers($filter: WorkerFilter, $orderBy: [WorkerOrder!], $first: Int, $offset: Int) {\n    workers(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeWorker }\n    }\n  }\n": typeof types.OfficeWorkersDocument,
    "\n  query OfficeWorkerById($id: ID!) {\n    worker(id: $id) {\n      ...OfficeWorker\n      latestDeclaration { id calculationPeriod { start } }\n    }\n  }\n": typeof types.OfficeWorkerByIdDocument,
    "\n  mutation OfficeCorrectWorker($id: ID!, $input: CorrectWorkerInput!, $reason: String!) {\n    correctWorker(id: $id, input: $input, reason: $reason) { ...OfficeWorker }\n  }\n": typeof types.OfficeCorrectWorkerDocument,
    "\n  mutation OfficeRegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) { ...OfficeWorker }\n  }\n": typeof types.OfficeRegisterWorkerDocument,
    "\n  query OfficeFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      ssin year total pending pensionerTotal ceiling remaining exceeded\n      byEmployer { employer { id name } total pending }\n    }\n  }\n": typeof types.OfficeFlexiIncomeDocument,
    "\n  query OfficeCeilingAlerts($filter: CeilingAlertFilter, $first: Int, $offset: Int) {\n    ceilingAlerts(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes { id year total ceiling raisedAt worker { id firstName lastName ssin } }\n    }\n  }\n": typeof types.OfficeCeilingAlertsDocument,
    "\n  fragment DeclarationFormContent on WageDeclaration {\n    payslipReference\n    calculationDate\n    calculationPeriod { start end }\n    properties { employerClass workerType validity { start end } grossWage premiums { amount frequencyMonths } }\n  }\n": typeof types.DeclarationFormContentFragmentDoc,
    "\n  query EmployerClassOptions { employerClasses { code label } }\n": typeof types.EmployerClassOptionsDocument,
    "\n  query EboxInbox($readFirst: Int!) {\n    unread: eboxMessages(first: 200, filter: { unread: true }, orderBy: [RECEIVED_AT_DESC]) {\n      totalCount\n      nodes { ...EboxMessageItem }\n    }\n    read: eboxMessages(first: $readFirst, filter: { unread: false }, orderBy: [RECEIVED_AT_DESC]) {\n      totalCount\n      nodes { ...EboxMessageItem }\n    }\n  }\n  fragment EboxMessageItem on EboxMessage {\n    id type subject body receivedAt readAt\n    employer { id name }\n    declaration { id worker { id firstName lastName } }\n    submission { id reference }\n  }\n": typeof types.EboxInboxDocument,
    "\n  mutation EboxMarkRead($id: ID!) { markEboxMessageRead(id: $id) { id readAt } }\n": typeof types.EboxMarkReadDocument,
    "\n  subscription EboxArrived { eboxMessageReceived { id } }\n": typeof types.EboxArrivedDocument,
    "\n  query EmployerDeclaredWorkers($employerId: ID!, $first: Int!, $offset: Int!) {\n    declaredWorkers(employerId: $employerId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id firstName lastName ssin\n        latestDeclaration(employerId: $employerId) { id status total calculationPeriod { start end } }\n      }\n    }\n    eboxMessages(first: 0, filter: { employerId: { eq: $employerId } }) { unreadCount }\n  }\n": typeof types.EmployerDeclaredWorkersDocument,
    "\n  subscription EmployerStatusChanged($employerId: ID!) {\n    declarationStatusChanged(employerId: $employerId) { cursor to }\n  }\n": typeof types.EmployerStatusChangedDocument,
    "\n  subscription EmployerMessageArrived($employerId: ID!) { eboxMessageReceived(employerId: $employerId) { id } }\n": typeof types.EmployerMessageArrivedDocument,
    "\n  query EmployerWorkerDetails($workerId: ID!, $employerId: ID!) {\n    worker(id: $workerId) {\n      id firstName lastName ssin birthDate\n      dimonaPeriods(employerId: $employerId) {\n        id periodId workerType jointCommittee startDate startHour endDate endHour plannedHours cancelled\n      }\n    }\n    employer(id: $employerId) { id employerClasses }\n    wageDeclarations(\n      first: 100\n      orderBy: [CALCULATION_DATE_DESC]\n      filter: { workerId: { eq: $workerId }, employerId: { eq: $employerId }, not: { status: { eq: DRAFT } } }\n    ) {\n      totalCount\n      nodes {\n        id status kind version total submittedAt\n        ...DeclarationFormContent\n        anomalies { code severity message }\n        history { number kind status total createdAt }\n      }\n    }\n  }\n": typeof types.EmployerWorkerDetailsDocument,
    "\n  mutation EmployerModifyDeclaration($id: ID!, $expectedVersion: Int!, $input: DeclarationInput!) {\n    modifyDeclaration(id: $id, expectedVersion: $expectedVersion, input: $input) { id status version }\n  }\n": typeof types.EmployerModifyDeclarationDocument,
    "\n  mutation EmployerDeleteDeclaration($id: ID!, $expectedVersion: Int!) {\n    deleteDeclaration(id: $id, expectedVersion: $expectedVersion) { id status version }\n  }\n": typeof types.EmployerDeleteDeclarationDocument,
    "\n  subscription EmployerWorkerStatusChanged($employerId: ID!) {\n    declarationStatusChanged(employerId: $employerId) { cursor declaration { id worker { id } } }\n  }\n": typeof types.EmployerWorkerStatusChangedDocument,
    "\n  query WizardOpenDrafts($employerId: ID!) {\n    submissions(filter: { employerId: { eq: $employerId }, status: DRAFT }, first: 10) {\n      nodes { id createdAt period { start end } declarations(first: 0) { totalCount } }\n    }\n  }\n": typeof types.WizardOpenDraftsDocument,
    "\n  query WizardFlexiJobbers($employerId: ID!, $from: Date!, $to: Date!) {\n    flexiJobbers(employerId: $employerId, from: $from, to: $to) { id firstName lastName ssin birthDate }\n  }\n": typeof types.WizardFlexiJobbersDocument,
    "\n  mutation WizardCreateSubmission($input: CreateSubmissionInput!) { createSubmission(input: $input) { id } }\n": typeof types.WizardCreateSubmissionDocument,
    "\n  query WizardSubmission($id: ID!) {\n    submission(id: $id) {\n      id status reference createdAt\n      period { start end }\n      employer { id name employerClasses }\n      declarations(first: 500) {\n        totalCount\n        nodes { id total worker { id firstName lastName ssin } ...DeclarationFormContent }\n      }\n    }\n  }\n": typeof types.WizardSubmissionDocument,
    "\n  query WizardWorker($id: ID!) { worker(id: $id) { id firstName lastName ssin } }\n": typeof types.WizardWorkerDocument,
    "\n  mutation WizardAddDeclaration($input: AddDeclarationInput!) { addDeclaration(input: $input) { id } }\n": typeof types.WizardAddDeclarationDocument,
    "\n  mutation WizardUpdateDraft($id: ID!, $input: DeclarationInput!) { updateDraftDeclaration(id: $id, input: $input) { id } }\n": typeof types.WizardUpdateDraftDocument,
    "\n  mutation WizardRemoveDraft($id: ID!) { removeDraftDeclaration(id: $id) }\n": typeof types.WizardRemoveDraftDocument,
    "\n  mutation WizardDiscard($id: ID!) { discardSubmission(id: $id) }\n": typeof types.WizardDiscardDocument,
    "\n  mutation WizardSubmit($id: ID!, $idempotencyKey: String!) {\n    submitSubmission(id: $id, idempotencyKey: $idempotencyKey) { id status reference }\n  }\n": typeof types.WizardSubmitDocument,
    "\n  query WizardTransmitted($id: ID!, $first: Int!) {\n    submission(id: $id) {\n      id status reference submittedAt\n      period { start end }\n      progress { total processed }\n      declarations(first: $first) { totalCount nodes { id status total worker { id firstName lastName } } }\n    }\n  }\n": typeof types.WizardTransmittedDocument,
    "\n  subscription WizardProgress($submissionId: ID!) {\n    submissionProgress(submissionId: $submissionId) { total processed accepted acceptedWithWarnings refused cancelled }\n  }\n": typeof types.WizardProgressDocument,
    "\n  query UnreadCount { eboxMessages(first: 0) { unreadCount } }\n": typeof types.UnreadCountDocument,
    "\n  subscription MessageArrived { eboxMessageReceived { id } }\n": typeof types.MessageArrivedDocument,
    "\n  query MyFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      year total pending pensionerTotal ceiling remaining exceeded\n      byEmployer { employer { id name } total pending }\n    }\n    flexiCeilings { year amount provisional }\n    ceilingAlerts(filter: { year: $year }, first: 50) { nodes { id year total ceiling raisedAt } }\n  }\n": typeof types.MyFlexiIncomeDocument,
};
const documents: Documents = {
    "\n  query EmployerUsers($id: ID!) {\n    employer(id: $id) {\n      id name\n      users { id login displayName grants { permission grantedAt } }\n    }\n  }\n": types.EmployerUsersDocument,
    "\n  mutation GrantAccess($input: GrantAccessInput!) {\n    grantAccess(input: $input) { permission grantedAt }\n  }\n": types.GrantAccessDocument,
    "\n  mutation RevokeAccess($input: GrantAccessInput!) {\n    revokeAccess(input: $input)\n  }\n": types.RevokeAccessDocument,
    "\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) { token expiresAt }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  query Me {\n    me {\n      id login displayName language backOffice ssin\n      grants { permission employer { id name language } }\n    }\n  }\n": types.MeDocument,
    "\n  query OfficeAuditEntries($filter: AuditEntryFilter, $first: Int, $offset: Int) {\n    auditEntries(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id action at reason entityType\n        actor { login displayName }\n        changes { field before after }\n      }\n    }\n  }\n": types.OfficeAuditEntriesDocument,
    "\n  query OfficeFlexiCeilings { flexiCeilings { id year amount provisional source } }\n": types.OfficeFlexiCeilingsDocument,
    "\n  mutation OfficeSetFlexiCeiling($year: Int!, $amount: Money!, $provisional: Boolean!, $source: String) {\n    setFlexiCeiling(year: $year, amount: $amount, provisional: $provisional, source: $source) { id year amount provisional source }\n  }\n": types.OfficeSetFlexiCeilingDocument,
    "\n  fragment OfficeDeclarationRow on WageDeclaration {\n    id version status kind calculationDate total submittedAt updatedAt payslipReference\n    calculationPeriod { start end }\n    worker { id firstName lastName ssin }\n    employer { id name }\n    anomalies { code severity message path }\n  }\n": types.OfficeDeclarationRowFragmentDoc,
    "\n  fragment OfficeProperty on WageProperty {\n    employerClass workerType grossWage\n    validity { start end }\n    premiums { amount frequencyMonths }\n  }\n": types.OfficePropertyFragmentDoc,
    "\n  query OfficeDeclarations($filter: WageDeclarationFilter, $orderBy: [WageDeclarationOrder!], $first: Int, $offset: Int) {\n    wageDeclarations(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeDeclarationRow }\n    }\n  }\n": types.OfficeDeclarationsDocument,
    "\n  query OfficeDeclaration($id: ID!) {\n    wageDeclaration(id: $id) {\n      ...OfficeDeclarationRow\n      createdAt processedAt\n      worker { id firstName lastName ssin pensionerFrom }\n      employer { id name employerClasses nssoNumber nssoProvisional }\n      properties { ...OfficeProperty }\n      inForce { number }\n      history {\n        number kind status calculationDate payslipReference total createdAt reason submittedAt processedAt\n        calculationPeriod { start end }\n        createdBy { login displayName }\n        anomalies { code severity message }\n        properties { ...OfficeProperty }\n      }\n      statusEvents { versionNumber from to at reason actor { login displayName } }\n    }\n  }\n": types.OfficeDeclarationDocument,
    "\n  query OfficeDeclarationVersion($id: ID!) {\n    wageDeclaration(id: $id) { id version }\n  }\n": types.OfficeDeclarationVersionDocument,
    "\n  mutation OfficeCorrectDeclaration($id: ID!, $expectedVersion: Int!, $input: DeclarationInput!, $reason: String!) {\n    correctDeclaration(id: $id, expectedVersion: $expectedVersion, input: $input, reason: $reason) { id version status }\n  }\n": types.OfficeCorrectDeclarationDocument,
    "\n  mutation OfficeAcceptDeclaration($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    acceptDeclaration(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id version status }\n  }\n": types.OfficeAcceptDeclarationDocument,
    "\n  mutation OfficeRefuseDeclaration($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    refuseDeclaration(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id version status }\n  }\n": types.OfficeRefuseDeclarationDocument,
    "\n  mutation OfficeRevalidateDeclaration($id: ID!) {\n    revalidateDeclaration(id: $id) { id version status }\n  }\n": types.OfficeRevalidateDeclarationDocument,
    "\n  mutation OfficeRevalidateDeclarations($filter: WageDeclarationFilter!) {\n    revalidateDeclarations(filter: $filter)\n  }\n": types.OfficeRevalidateDeclarationsDocument,
    "\n  subscription OfficeDeclarationStatusChanged($id: ID!) {\n    declarationStatusChanged(declarationId: $id) { cursor versionNumber to }\n  }\n": types.OfficeDeclarationStatusChangedDocument,
    "\n  fragment OfficeDimonaPeriod on DimonaPeriod {\n    id periodId workerType jointCommittee startDate startHour endDate endHour plannedHours cancelled\n    worker { id firstName lastName ssin }\n    employer { id name }\n  }\n": types.OfficeDimonaPeriodFragmentDoc,
    "\n  query OfficeDimonaPeriods($filter: DimonaPeriodFilter, $orderBy: [DimonaPeriodOrder!], $first: Int, $offset: Int) {\n    dimonaPeriods(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeDimonaPeriod }\n    }\n  }\n": types.OfficeDimonaPeriodsDocument,
    "\n  mutation OfficeCorrectDimonaPeriod($id: ID!, $input: CorrectDimonaPeriodInput!, $reason: String!) {\n    correctDimonaPeriod(id: $id, input: $input, reason: $reason) { ...OfficeDimonaPeriod }\n  }\n": types.OfficeCorrectDimonaPeriodDocument,
    "\n  mutation OfficeRegisterDimonaPeriod($input: RegisterDimonaPeriodInput!) {\n    registerDimonaPeriod(input: $input) { ...OfficeDimonaPeriod }\n  }\n": types.OfficeRegisterDimonaPeriodDocument,
    "\n  fragment OfficeEmployer on Employer { id name enterpriseNumber nssoNumber nssoProvisional language employerClasses }\n": types.OfficeEmployerFragmentDoc,
    "\n  query OfficeEmployers($filter: EmployerFilter, $orderBy: [EmployerOrder!], $first: Int, $offset: Int) {\n    employers(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeEmployer }\n    }\n  }\n": types.OfficeEmployersDocument,
    "\n  query OfficeEmployerById($id: ID!) {\n    employer(id: $id) {\n      ...OfficeEmployer\n      users { id login displayName grants { permission employer { id } } }\n    }\n  }\n": types.OfficeEmployerByIdDocument,
    "\n  query OfficeEmployerClasses { employerClasses { code label } }\n": types.OfficeEmployerClassesDocument,
    "\n  mutation OfficeCorrectEmployer($id: ID!, $input: CorrectEmployerInput!, $reason: String!) {\n    correctEmployer(id: $id, input: $input, reason: $reason) { ...OfficeEmployer }\n  }\n": types.OfficeCorrectEmployerDocument,
    "\n  fragment OfficeWorker on Worker { id ssin firstName lastName birthDate pensionerFrom }\n": types.OfficeWorkerFragmentDoc,
    "\n  query OfficeWorkers($filter: WorkerFilter, $orderBy: [WorkerOrder!], $first: Int, $offset: Int) {\n    workers(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeWorker }\n    }\n  }\n": types.OfficeWorkersDocument,
    "\n  query OfficeWorkerById($id: ID!) {\n    worker(id: $id) {\n      ...OfficeWorker\n      latestDeclaration { id calculationPeriod { start } }\n    }\n  }\n": types.OfficeWorkerByIdDocument,
    "\n  mutation OfficeCorrectWorker($id: ID!, $input: CorrectWorkerInput!, $reason: String!) {\n    correctWorker(id: $id, input: $input, reason: $reason) { ...OfficeWorker }\n  }\n": types.OfficeCorrectWorkerDocument,
    "\n  mutation OfficeRegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) { ...OfficeWorker }\n  }\n": types.OfficeRegisterWorkerDocument,
    "\n  query OfficeFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      ssin year total pending pensionerTotal ceiling remaining exceeded\n      byEmployer { employer { id name } total pending }\n    }\n  }\n": types.OfficeFlexiIncomeDocument,
    "\n  query OfficeCeilingAlerts($filter: CeilingAlertFilter, $first: Int, $offset: Int) {\n    ceilingAlerts(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes { id year total ceiling raisedAt worker { id firstName lastName ssin } }\n    }\n  }\n": types.OfficeCeilingAlertsDocument,
    "\n  fragment DeclarationFormContent on WageDeclaration {\n    payslipReference\n    calculationDate\n    calculationPeriod { start end }\n    properties { employerClass workerType validity { start end } grossWage premiums { amount frequencyMonths } }\n  }\n": types.DeclarationFormContentFragmentDoc,
    "\n  query EmployerClassOptions { employerClasses { code label } }\n": types.EmployerClassOptionsDocument,
    "\n  query EboxInbox($readFirst: Int!) {\n    unread: eboxMessages(first: 200, filter: { unread: true }, orderBy: [RECEIVED_AT_DESC]) {\n      totalCount\n      nodes { ...EboxMessageItem }\n    }\n    read: eboxMessages(first: $readFirst, filter: { unread: false }, orderBy: [RECEIVED_AT_DESC]) {\n      totalCount\n      nodes { ...EboxMessageItem }\n    }\n  }\n  fragment EboxMessageItem on EboxMessage {\n    id type subject body receivedAt readAt\n    employer { id name }\n    declaration { id worker { id firstName lastName } }\n    submission { id reference }\n  }\n": types.EboxInboxDocument,
    "\n  mutation EboxMarkRead($id: ID!) { markEboxMessageRead(id: $id) { id readAt } }\n": types.EboxMarkReadDocument,
    "\n  subscription EboxArrived { eboxMessageReceived { id } }\n": types.EboxArrivedDocument,
    "\n  query EmployerDeclaredWorkers($employerId: ID!, $first: Int!, $offset: Int!) {\n    declaredWorkers(employerId: $employerId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id firstName lastName ssin\n        latestDeclaration(employerId: $employerId) { id status total calculationPeriod { start end } }\n      }\n    }\n    eboxMessages(first: 0, filter: { employerId: { eq: $employerId } }) { unreadCount }\n  }\n": types.EmployerDeclaredWorkersDocument,
    "\n  subscription EmployerStatusChanged($employerId: ID!) {\n    declarationStatusChanged(employerId: $employerId) { cursor to }\n  }\n": types.EmployerStatusChangedDocument,
    "\n  subscription EmployerMessageArrived($employerId: ID!) { eboxMessageReceived(employerId: $employerId) { id } }\n": types.EmployerMessageArrivedDocument,
    "\n  query EmployerWorkerDetails($workerId: ID!, $employerId: ID!) {\n    worker(id: $workerId) {\n      id firstName lastName ssin birthDate\n      dimonaPeriods(employerId: $employerId) {\n        id periodId workerType jointCommittee startDate startHour endDate endHour plannedHours cancelled\n      }\n    }\n    employer(id: $employerId) { id employerClasses }\n    wageDeclarations(\n      first: 100\n      orderBy: [CALCULATION_DATE_DESC]\n      filter: { workerId: { eq: $workerId }, employerId: { eq: $employerId }, not: { status: { eq: DRAFT } } }\n    ) {\n      totalCount\n      nodes {\n        id status kind version total submittedAt\n        ...DeclarationFormContent\n        anomalies { code severity message }\n        history { number kind status total createdAt }\n      }\n    }\n  }\n": types.EmployerWorkerDetailsDocument,
    "\n  mutation EmployerModifyDeclaration($id: ID!, $expectedVersion: Int!, $input: DeclarationInput!) {\n    modifyDeclaration(id: $id, expectedVersion: $expectedVersion, input: $input) { id status version }\n  }\n": types.EmployerModifyDeclarationDocument,
    "\n  mutation EmployerDeleteDeclaration($id: ID!, $expectedVersion: Int!) {\n    deleteDeclaration(id: $id, expectedVersion: $expectedVersion) { id status version }\n  }\n": types.EmployerDeleteDeclarationDocument,
    "\n  subscription EmployerWorkerStatusChanged($employerId: ID!) {\n    declarationStatusChanged(employerId: $employerId) { cursor declaration { id worker { id } } }\n  }\n": types.EmployerWorkerStatusChangedDocument,
    "\n  query WizardOpenDrafts($employerId: ID!) {\n    submissions(filter: { employerId: { eq: $employerId }, status: DRAFT }, first: 10) {\n      nodes { id createdAt period { start end } declarations(first: 0) { totalCount } }\n    }\n  }\n": types.WizardOpenDraftsDocument,
    "\n  query WizardFlexiJobbers($employerId: ID!, $from: Date!, $to: Date!) {\n    flexiJobbers(employerId: $employerId, from: $from, to: $to) { id firstName lastName ssin birthDate }\n  }\n": types.WizardFlexiJobbersDocument,
    "\n  mutation WizardCreateSubmission($input: CreateSubmissionInput!) { createSubmission(input: $input) { id } }\n": types.WizardCreateSubmissionDocument,
    "\n  query WizardSubmission($id: ID!) {\n    submission(id: $id) {\n      id status reference createdAt\n      period { start end }\n      employer { id name employerClasses }\n      declarations(first: 500) {\n        totalCount\n        nodes { id total worker { id firstName lastName ssin } ...DeclarationFormContent }\n      }\n    }\n  }\n": types.WizardSubmissionDocument,
    "\n  query WizardWorker($id: ID!) { worker(id: $id) { id firstName lastName ssin } }\n": types.WizardWorkerDocument,
    "\n  mutation WizardAddDeclaration($input: AddDeclarationInput!) { addDeclaration(input: $input) { id } }\n": types.WizardAddDeclarationDocument,
    "\n  mutation WizardUpdateDraft($id: ID!, $input: DeclarationInput!) { updateDraftDeclaration(id: $id, input: $input) { id } }\n": types.WizardUpdateDraftDocument,
    "\n  mutation WizardRemoveDraft($id: ID!) { removeDraftDeclaration(id: $id) }\n": types.WizardRemoveDraftDocument,
    "\n  mutation WizardDiscard($id: ID!) { discardSubmission(id: $id) }\n": types.WizardDiscardDocument,
    "\n  mutation WizardSubmit($id: ID!, $idempotencyKey: String!) {\n    submitSubmission(id: $id, idempotencyKey: $idempotencyKey) { id status reference }\n  }\n": types.WizardSubmitDocument,
    "\n  query WizardTransmitted($id: ID!, $first: Int!) {\n    submission(id: $id) {\n      id status reference submittedAt\n      period { start end }\n      progress { total processed }\n      declarations(first: $first) { totalCount nodes { id status total worker { id firstName lastName } } }\n    }\n  }\n": types.WizardTransmittedDocument,
    "\n  subscription WizardProgress($submissionId: ID!) {\n    submissionProgress(submissionId: $submissionId) { total processed accepted acceptedWithWarnings refused cancelled }\n  }\n": types.WizardProgressDocument,
    "\n  query UnreadCount { eboxMessages(first: 0) { unreadCount } }\n": types.UnreadCountDocument,
    "\n  subscription MessageArrived { eboxMessageReceived { id } }\n": types.MessageArrivedDocument,
    "\n  query MyFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      year total pending pensionerTotal ceiling remaining exceeded\n      byEmployer { employer { id name } total pending }\n    }\n    flexiCeilings { year amount provisional }\n    ceilingAlerts(filter: { year: $year }, first: 50) { nodes { id year total ceiling raisedAt } }\n  }\n": types.MyFlexiIncomeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerUsers($id: ID!) {\n    employer(id: $id) {\n      id name\n      users { id login displayName grants { permission grantedAt } }\n    }\n  }\n"): (typeof documents)["\n  query EmployerUsers($id: ID!) {\n    employer(id: $id) {\n      id name\n      users { id login displayName grants { permission grantedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantAccess($input: GrantAccessInput!) {\n    grantAccess(input: $input) { permission grantedAt }\n  }\n"): (typeof documents)["\n  mutation GrantAccess($input: GrantAccessInput!) {\n    grantAccess(input: $input) { permission grantedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAccess($input: GrantAccessInput!) {\n    revokeAccess(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeAccess($input: GrantAccessInput!) {\n    revokeAccess(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) { token expiresAt }\n  }\n"): (typeof documents)["\n  mutation SignIn($login: String!, $password: String!) {\n    signIn(login: $login, password: $password) { token expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut { signOut }\n"): (typeof documents)["\n  mutation SignOut { signOut }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id login displayName language backOffice ssin\n      grants { permission employer { id name language } }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id login displayName language backOffice ssin\n      grants { permission employer { id name language } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeAuditEntries($filter: AuditEntryFilter, $first: Int, $offset: Int) {\n    auditEntries(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id action at reason entityType\n        actor { login displayName }\n        changes { field before after }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficeAuditEntries($filter: AuditEntryFilter, $first: Int, $offset: Int) {\n    auditEntries(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id action at reason entityType\n        actor { login displayName }\n        changes { field before after }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeFlexiCeilings { flexiCeilings { id year amount provisional source } }\n"): (typeof documents)["\n  query OfficeFlexiCeilings { flexiCeilings { id year amount provisional source } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeSetFlexiCeiling($year: Int!, $amount: Money!, $provisional: Boolean!, $source: String) {\n    setFlexiCeiling(year: $year, amount: $amount, provisional: $provisional, source: $source) { id year amount provisional source }\n  }\n"): (typeof documents)["\n  mutation OfficeSetFlexiCeiling($year: Int!, $amount: Money!, $provisional: Boolean!, $source: String) {\n    setFlexiCeiling(year: $year, amount: $amount, provisional: $provisional, source: $source) { id year amount provisional source }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficeDeclarationRow on WageDeclaration {\n    id version status kind calculationDate total submittedAt updatedAt payslipReference\n    calculationPeriod { start end }\n    worker { id firstName lastName ssin }\n    employer { id name }\n    anomalies { code severity message path }\n  }\n"): (typeof documents)["\n  fragment OfficeDeclarationRow on WageDeclaration {\n    id version status kind calculationDate total submittedAt updatedAt payslipReference\n    calculationPeriod { start end }\n    worker { id firstName lastName ssin }\n    employer { id name }\n    anomalies { code severity message path }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficeProperty on WageProperty {\n    employerClass workerType grossWage\n    validity { start end }\n    premiums { amount frequencyMonths }\n  }\n"): (typeof documents)["\n  fragment OfficeProperty on WageProperty {\n    employerClass workerType grossWage\n    validity { start end }\n    premiums { amount frequencyMonths }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeDeclarations($filter: WageDeclarationFilter, $orderBy: [WageDeclarationOrder!], $first: Int, $offset: Int) {\n    wageDeclarations(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeDeclarationRow }\n    }\n  }\n"): (typeof documents)["\n  query OfficeDeclarations($filter: WageDeclarationFilter, $orderBy: [WageDeclarationOrder!], $first: Int, $offset: Int) {\n    wageDeclarations(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeDeclarationRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeDeclaration($id: ID!) {\n    wageDeclaration(id: $id) {\n      ...OfficeDeclarationRow\n      createdAt processedAt\n      worker { id firstName lastName ssin pensionerFrom }\n      employer { id name employerClasses nssoNumber nssoProvisional }\n      properties { ...OfficeProperty }\n      inForce { number }\n      history {\n        number kind status calculationDate payslipReference total createdAt reason submittedAt processedAt\n        calculationPeriod { start end }\n        createdBy { login displayName }\n        anomalies { code severity message }\n        properties { ...OfficeProperty }\n      }\n      statusEvents { versionNumber from to at reason actor { login displayName } }\n    }\n  }\n"): (typeof documents)["\n  query OfficeDeclaration($id: ID!) {\n    wageDeclaration(id: $id) {\n      ...OfficeDeclarationRow\n      createdAt processedAt\n      worker { id firstName lastName ssin pensionerFrom }\n      employer { id name employerClasses nssoNumber nssoProvisional }\n      properties { ...OfficeProperty }\n      inForce { number }\n      history {\n        number kind status calculationDate payslipReference total createdAt reason submittedAt processedAt\n        calculationPeriod { start end }\n        createdBy { login displayName }\n        anomalies { code severity message }\n        properties { ...OfficeProperty }\n      }\n      statusEvents { versionNumber from to at reason actor { login displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeDeclarationVersion($id: ID!) {\n    wageDeclaration(id: $id) { id version }\n  }\n"): (typeof documents)["\n  query OfficeDeclarationVersion($id: ID!) {\n    wageDeclaration(id: $id) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCorrectDeclaration($id: ID!, $expectedVersion: Int!, $input: DeclarationInput!, $reason: String!) {\n    correctDeclaration(id: $id, expectedVersion: $expectedVersion, input: $input, reason: $reason) { id version status }\n  }\n"): (typeof documents)["\n  mutation OfficeCorrectDeclaration($id: ID!, $expectedVersion: Int!, $input: DeclarationInput!, $reason: String!) {\n    correctDeclaration(id: $id, expectedVersion: $expectedVersion, input: $input, reason: $reason) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeAcceptDeclaration($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    acceptDeclaration(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id version status }\n  }\n"): (typeof documents)["\n  mutation OfficeAcceptDeclaration($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    acceptDeclaration(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeRefuseDeclaration($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    refuseDeclaration(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id version status }\n  }\n"): (typeof documents)["\n  mutation OfficeRefuseDeclaration($id: ID!, $expectedVersion: Int!, $reason: String!) {\n    refuseDeclaration(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeRevalidateDeclaration($id: ID!) {\n    revalidateDeclaration(id: $id) { id version status }\n  }\n"): (typeof documents)["\n  mutation OfficeRevalidateDeclaration($id: ID!) {\n    revalidateDeclaration(id: $id) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeRevalidateDeclarations($filter: WageDeclarationFilter!) {\n    revalidateDeclarations(filter: $filter)\n  }\n"): (typeof documents)["\n  mutation OfficeRevalidateDeclarations($filter: WageDeclarationFilter!) {\n    revalidateDeclarations(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OfficeDeclarationStatusChanged($id: ID!) {\n    declarationStatusChanged(declarationId: $id) { cursor versionNumber to }\n  }\n"): (typeof documents)["\n  subscription OfficeDeclarationStatusChanged($id: ID!) {\n    declarationStatusChanged(declarationId: $id) { cursor versionNumber to }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficeDimonaPeriod on DimonaPeriod {\n    id periodId workerType jointCommittee startDate startHour endDate endHour plannedHours cancelled\n    worker { id firstName lastName ssin }\n    employer { id name }\n  }\n"): (typeof documents)["\n  fragment OfficeDimonaPeriod on DimonaPeriod {\n    id periodId workerType jointCommittee startDate startHour endDate endHour plannedHours cancelled\n    worker { id firstName lastName ssin }\n    employer { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeDimonaPeriods($filter: DimonaPeriodFilter, $orderBy: [DimonaPeriodOrder!], $first: Int, $offset: Int) {\n    dimonaPeriods(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeDimonaPeriod }\n    }\n  }\n"): (typeof documents)["\n  query OfficeDimonaPeriods($filter: DimonaPeriodFilter, $orderBy: [DimonaPeriodOrder!], $first: Int, $offset: Int) {\n    dimonaPeriods(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeDimonaPeriod }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCorrectDimonaPeriod($id: ID!, $input: CorrectDimonaPeriodInput!, $reason: String!) {\n    correctDimonaPeriod(id: $id, input: $input, reason: $reason) { ...OfficeDimonaPeriod }\n  }\n"): (typeof documents)["\n  mutation OfficeCorrectDimonaPeriod($id: ID!, $input: CorrectDimonaPeriodInput!, $reason: String!) {\n    correctDimonaPeriod(id: $id, input: $input, reason: $reason) { ...OfficeDimonaPeriod }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeRegisterDimonaPeriod($input: RegisterDimonaPeriodInput!) {\n    registerDimonaPeriod(input: $input) { ...OfficeDimonaPeriod }\n  }\n"): (typeof documents)["\n  mutation OfficeRegisterDimonaPeriod($input: RegisterDimonaPeriodInput!) {\n    registerDimonaPeriod(input: $input) { ...OfficeDimonaPeriod }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficeEmployer on Employer { id name enterpriseNumber nssoNumber nssoProvisional language employerClasses }\n"): (typeof documents)["\n  fragment OfficeEmployer on Employer { id name enterpriseNumber nssoNumber nssoProvisional language employerClasses }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeEmployers($filter: EmployerFilter, $orderBy: [EmployerOrder!], $first: Int, $offset: Int) {\n    employers(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeEmployer }\n    }\n  }\n"): (typeof documents)["\n  query OfficeEmployers($filter: EmployerFilter, $orderBy: [EmployerOrder!], $first: Int, $offset: Int) {\n    employers(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeEmployer }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeEmployerById($id: ID!) {\n    employer(id: $id) {\n      ...OfficeEmployer\n      users { id login displayName grants { permission employer { id } } }\n    }\n  }\n"): (typeof documents)["\n  query OfficeEmployerById($id: ID!) {\n    employer(id: $id) {\n      ...OfficeEmployer\n      users { id login displayName grants { permission employer { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeEmployerClasses { employerClasses { code label } }\n"): (typeof documents)["\n  query OfficeEmployerClasses { employerClasses { code label } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCorrectEmployer($id: ID!, $input: CorrectEmployerInput!, $reason: String!) {\n    correctEmployer(id: $id, input: $input, reason: $reason) { ...OfficeEmployer }\n  }\n"): (typeof documents)["\n  mutation OfficeCorrectEmployer($id: ID!, $input: CorrectEmployerInput!, $reason: String!) {\n    correctEmployer(id: $id, input: $input, reason: $reason) { ...OfficeEmployer }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficeWorker on Worker { id ssin firstName lastName birthDate pensionerFrom }\n"): (typeof documents)["\n  fragment OfficeWorker on Worker { id ssin firstName lastName birthDate pensionerFrom }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeWorkers($filter: WorkerFilter, $orderBy: [WorkerOrder!], $first: Int, $offset: Int) {\n    workers(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeWorker }\n    }\n  }\n"): (typeof documents)["\n  query OfficeWorkers($filter: WorkerFilter, $orderBy: [WorkerOrder!], $first: Int, $offset: Int) {\n    workers(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {\n      totalCount\n      nodes { ...OfficeWorker }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeWorkerById($id: ID!) {\n    worker(id: $id) {\n      ...OfficeWorker\n      latestDeclaration { id calculationPeriod { start } }\n    }\n  }\n"): (typeof documents)["\n  query OfficeWorkerById($id: ID!) {\n    worker(id: $id) {\n      ...OfficeWorker\n      latestDeclaration { id calculationPeriod { start } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeCorrectWorker($id: ID!, $input: CorrectWorkerInput!, $reason: String!) {\n    correctWorker(id: $id, input: $input, reason: $reason) { ...OfficeWorker }\n  }\n"): (typeof documents)["\n  mutation OfficeCorrectWorker($id: ID!, $input: CorrectWorkerInput!, $reason: String!) {\n    correctWorker(id: $id, input: $input, reason: $reason) { ...OfficeWorker }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficeRegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) { ...OfficeWorker }\n  }\n"): (typeof documents)["\n  mutation OfficeRegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) { ...OfficeWorker }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      ssin year total pending pensionerTotal ceiling remaining exceeded\n      byEmployer { employer { id name } total pending }\n    }\n  }\n"): (typeof documents)["\n  query OfficeFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      ssin year total pending pensionerTotal ceiling remaining exceeded\n      byEmployer { employer { id name } total pending }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeCeilingAlerts($filter: CeilingAlertFilter, $first: Int, $offset: Int) {\n    ceilingAlerts(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes { id year total ceiling raisedAt worker { id firstName lastName ssin } }\n    }\n  }\n"): (typeof documents)["\n  query OfficeCeilingAlerts($filter: CeilingAlertFilter, $first: Int, $offset: Int) {\n    ceilingAlerts(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes { id year total ceiling raisedAt worker { id firstName lastName ssin } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeclarationFormContent on WageDeclaration {\n    payslipReference\n    calculationDate\n    calculationPeriod { start end }\n    properties { employerClass workerType validity { start end } grossWage premiums { amount frequencyMonths } }\n  }\n"): (typeof documents)["\n  fragment DeclarationFormContent on WageDeclaration {\n    payslipReference\n    calculationDate\n    calculationPeriod { start end }\n    properties { employerClass workerType validity { start end } grossWage premiums { amount frequencyMonths } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerClassOptions { employerClasses { code label } }\n"): (typeof documents)["\n  query EmployerClassOptions { employerClasses { code label } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EboxInbox($readFirst: Int!) {\n    unread: eboxMessages(first: 200, filter: { unread: true }, orderBy: [RECEIVED_AT_DESC]) {\n      totalCount\n      nodes { ...EboxMessageItem }\n    }\n    read: eboxMessages(first: $readFirst, filter: { unread: false }, orderBy: [RECEIVED_AT_DESC]) {\n      totalCount\n      nodes { ...EboxMessageItem }\n    }\n  }\n  fragment EboxMessageItem on EboxMessage {\n    id type subject body receivedAt readAt\n    employer { id name }\n    declaration { id worker { id firstName lastName } }\n    submission { id reference }\n  }\n"): (typeof documents)["\n  query EboxInbox($readFirst: Int!) {\n    unread: eboxMessages(first: 200, filter: { unread: true }, orderBy: [RECEIVED_AT_DESC]) {\n      totalCount\n      nodes { ...EboxMessageItem }\n    }\n    read: eboxMessages(first: $readFirst, filter: { unread: false }, orderBy: [RECEIVED_AT_DESC]) {\n      totalCount\n      nodes { ...EboxMessageItem }\n    }\n  }\n  fragment EboxMessageItem on EboxMessage {\n    id type subject body receivedAt readAt\n    employer { id name }\n    declaration { id worker { id firstName lastName } }\n    submission { id reference }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EboxMarkRead($id: ID!) { markEboxMessageRead(id: $id) { id readAt } }\n"): (typeof documents)["\n  mutation EboxMarkRead($id: ID!) { markEboxMessageRead(id: $id) { id readAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EboxArrived { eboxMessageReceived { id } }\n"): (typeof documents)["\n  subscription EboxArrived { eboxMessageReceived { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerDeclaredWorkers($employerId: ID!, $first: Int!, $offset: Int!) {\n    declaredWorkers(employerId: $employerId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id firstName lastName ssin\n        latestDeclaration(employerId: $employerId) { id status total calculationPeriod { start end } }\n      }\n    }\n    eboxMessages(first: 0, filter: { employerId: { eq: $employerId } }) { unreadCount }\n  }\n"): (typeof documents)["\n  query EmployerDeclaredWorkers($employerId: ID!, $first: Int!, $offset: Int!) {\n    declaredWorkers(employerId: $employerId, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id firstName lastName ssin\n        latestDeclaration(employerId: $employerId) { id status total calculationPeriod { start end } }\n      }\n    }\n    eboxMessages(first: 0, filter: { employerId: { eq: $employerId } }) { unreadCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EmployerStatusChanged($employerId: ID!) {\n    declarationStatusChanged(employerId: $employerId) { cursor to }\n  }\n"): (typeof documents)["\n  subscription EmployerStatusChanged($employerId: ID!) {\n    declarationStatusChanged(employerId: $employerId) { cursor to }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EmployerMessageArrived($employerId: ID!) { eboxMessageReceived(employerId: $employerId) { id } }\n"): (typeof documents)["\n  subscription EmployerMessageArrived($employerId: ID!) { eboxMessageReceived(employerId: $employerId) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerWorkerDetails($workerId: ID!, $employerId: ID!) {\n    worker(id: $workerId) {\n      id firstName lastName ssin birthDate\n      dimonaPeriods(employerId: $employerId) {\n        id periodId workerType jointCommittee startDate startHour endDate endHour plannedHours cancelled\n      }\n    }\n    employer(id: $employerId) { id employerClasses }\n    wageDeclarations(\n      first: 100\n      orderBy: [CALCULATION_DATE_DESC]\n      filter: { workerId: { eq: $workerId }, employerId: { eq: $employerId }, not: { status: { eq: DRAFT } } }\n    ) {\n      totalCount\n      nodes {\n        id status kind version total submittedAt\n        ...DeclarationFormContent\n        anomalies { code severity message }\n        history { number kind status total createdAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployerWorkerDetails($workerId: ID!, $employerId: ID!) {\n    worker(id: $workerId) {\n      id firstName lastName ssin birthDate\n      dimonaPeriods(employerId: $employerId) {\n        id periodId workerType jointCommittee startDate startHour endDate endHour plannedHours cancelled\n      }\n    }\n    employer(id: $employerId) { id employerClasses }\n    wageDeclarations(\n      first: 100\n      orderBy: [CALCULATION_DATE_DESC]\n      filter: { workerId: { eq: $workerId }, employerId: { eq: $employerId }, not: { status: { eq: DRAFT } } }\n    ) {\n      totalCount\n      nodes {\n        id status kind version total submittedAt\n        ...DeclarationFormContent\n        anomalies { code severity message }\n        history { number kind status total createdAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployerModifyDeclaration($id: ID!, $expectedVersion: Int!, $input: DeclarationInput!) {\n    modifyDeclaration(id: $id, expectedVersion: $expectedVersion, input: $input) { id status version }\n  }\n"): (typeof documents)["\n  mutation EmployerModifyDeclaration($id: ID!, $expectedVersion: Int!, $input: DeclarationInput!) {\n    modifyDeclaration(id: $id, expectedVersion: $expectedVersion, input: $input) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmployerDeleteDeclaration($id: ID!, $expectedVersion: Int!) {\n    deleteDeclaration(id: $id, expectedVersion: $expectedVersion) { id status version }\n  }\n"): (typeof documents)["\n  mutation EmployerDeleteDeclaration($id: ID!, $expectedVersion: Int!) {\n    deleteDeclaration(id: $id, expectedVersion: $expectedVersion) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EmployerWorkerStatusChanged($employerId: ID!) {\n    declarationStatusChanged(employerId: $employerId) { cursor declaration { id worker { id } } }\n  }\n"): (typeof documents)["\n  subscription EmployerWorkerStatusChanged($employerId: ID!) {\n    declarationStatusChanged(employerId: $employerId) { cursor declaration { id worker { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardOpenDrafts($employerId: ID!) {\n    submissions(filter: { employerId: { eq: $employerId }, status: DRAFT }, first: 10) {\n      nodes { id createdAt period { start end } declarations(first: 0) { totalCount } }\n    }\n  }\n"): (typeof documents)["\n  query WizardOpenDrafts($employerId: ID!) {\n    submissions(filter: { employerId: { eq: $employerId }, status: DRAFT }, first: 10) {\n      nodes { id createdAt period { start end } declarations(first: 0) { totalCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardFlexiJobbers($employerId: ID!, $from: Date!, $to: Date!) {\n    flexiJobbers(employerId: $employerId, from: $from, to: $to) { id firstName lastName ssin birthDate }\n  }\n"): (typeof documents)["\n  query WizardFlexiJobbers($employerId: ID!, $from: Date!, $to: Date!) {\n    flexiJobbers(employerId: $employerId, from: $from, to: $to) { id firstName lastName ssin birthDate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardCreateSubmission($input: CreateSubmissionInput!) { createSubmission(input: $input) { id } }\n"): (typeof documents)["\n  mutation WizardCreateSubmission($input: CreateSubmissionInput!) { createSubmission(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardSubmission($id: ID!) {\n    submission(id: $id) {\n      id status reference createdAt\n      period { start end }\n      employer { id name employerClasses }\n      declarations(first: 500) {\n        totalCount\n        nodes { id total worker { id firstName lastName ssin } ...DeclarationFormContent }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WizardSubmission($id: ID!) {\n    submission(id: $id) {\n      id status reference createdAt\n      period { start end }\n      employer { id name employerClasses }\n      declarations(first: 500) {\n        totalCount\n        nodes { id total worker { id firstName lastName ssin } ...DeclarationFormContent }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardWorker($id: ID!) { worker(id: $id) { id firstName lastName ssin } }\n"): (typeof documents)["\n  query WizardWorker($id: ID!) { worker(id: $id) { id firstName lastName ssin } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardAddDeclaration($input: AddDeclarationInput!) { addDeclaration(input: $input) { id } }\n"): (typeof documents)["\n  mutation WizardAddDeclaration($input: AddDeclarationInput!) { addDeclaration(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardUpdateDraft($id: ID!, $input: DeclarationInput!) { updateDraftDeclaration(id: $id, input: $input) { id } }\n"): (typeof documents)["\n  mutation WizardUpdateDraft($id: ID!, $input: DeclarationInput!) { updateDraftDeclaration(id: $id, input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardRemoveDraft($id: ID!) { removeDraftDeclaration(id: $id) }\n"): (typeof documents)["\n  mutation WizardRemoveDraft($id: ID!) { removeDraftDeclaration(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardDiscard($id: ID!) { discardSubmission(id: $id) }\n"): (typeof documents)["\n  mutation WizardDiscard($id: ID!) { discardSubmission(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WizardSubmit($id: ID!, $idempotencyKey: String!) {\n    submitSubmission(id: $id, idempotencyKey: $idempotencyKey) { id status reference }\n  }\n"): (typeof documents)["\n  mutation WizardSubmit($id: ID!, $idempotencyKey: String!) {\n    submitSubmission(id: $id, idempotencyKey: $idempotencyKey) { id status reference }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WizardTransmitted($id: ID!, $first: Int!) {\n    submission(id: $id) {\n      id status reference submittedAt\n      period { start end }\n      progress { total processed }\n      declarations(first: $first) { totalCount nodes { id status total worker { id firstName lastName } } }\n    }\n  }\n"): (typeof documents)["\n  query WizardTransmitted($id: ID!, $first: Int!) {\n    submission(id: $id) {\n      id status reference submittedAt\n      period { start end }\n      progress { total processed }\n      declarations(first: $first) { totalCount nodes { id status total worker { id firstName lastName } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WizardProgress($submissionId: ID!) {\n    submissionProgress(submissionId: $submissionId) { total processed accepted acceptedWithWarnings refused cancelled }\n  }\n"): (typeof documents)["\n  subscription WizardProgress($submissionId: ID!) {\n    submissionProgress(submissionId: $submissionId) { total processed accepted acceptedWithWarnings refused cancelled }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount { eboxMessages(first: 0) { unreadCount } }\n"): (typeof documents)["\n  query UnreadCount { eboxMessages(first: 0) { unreadCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageArrived { eboxMessageReceived { id } }\n"): (typeof documents)["\n  subscription MessageArrived { eboxMessageReceived { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      year total pending pensionerTotal ceiling remaining exceeded\n      byEmployer { employer { id name } total pending }\n    }\n    flexiCeilings { year amount provisional }\n    ceilingAlerts(filter: { year: $year }, first: 50) { nodes { id year total ceiling raisedAt } }\n  }\n"): (typeof documents)["\n  query MyFlexiIncome($ssin: Ssin!, $year: Int!) {\n    flexiIncome(ssin: $ssin, year: $year) {\n      year total pending pensionerTotal ceiling remaining exceeded\n      byEmployer { employer { id name } total pending }\n    }\n    flexiCeilings { year amount provisional }\n    ceilingAlerts(filter: { year: $year }, first: 50) { nodes { id year total ceiling raisedAt } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;