import type { DeclarationKindCode, DeclarationStatusCode } from "../domain/declaration-status";

/** The columns of a version that every resolver of it may read; content and anomalies load by id. */
export interface VersionRow {
  id: string;
  declarationId: string;
  number: number;
  kind: DeclarationKindCode;
  status: DeclarationStatusCode;
  payslipReference: string | null;
  calculationStart: string;
  calculationEnd: string;
  calculationDate: string;
  totalCents: string;
  createdAt: Date;
  createdBy: string | null;
  reason: string | null;
  submittedAt: Date | null;
  processedAt: Date | null;
}

/** The columns of a declaration (with the copies of its newest version) that lists read. */
export interface DeclarationRow {
  id: string;
  employerId: string;
  workerId: string;
  submissionId: string;
  status: DeclarationStatusCode;
  kind: DeclarationKindCode;
  version: number;
  newestVersion: number;
  inForceVersion: number | null;
  payslipReference: string | null;
  calculationStart: string;
  calculationEnd: string;
  calculationDate: string;
  totalCents: string;
  submittedAt: Date | null;
  processedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
