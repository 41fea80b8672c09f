import type { DataSource } from "typeorm";
import type { TokenSettings } from "./auth/tokens";
import type { Viewer } from "./auth/viewer";
import { Db } from "./db/db";
import { loadViewer } from "./graphql/context";
import { AccessService } from "./modules/access/access.service";
import { FlexiCeilingService } from "./modules/ceilings/flexi-ceiling.service";
import { DimonaPeriodService } from "./modules/dimona/dimona-period.service";
import { EboxService } from "./modules/ebox/ebox.service";
import { EmployerService } from "./modules/employers/employer.service";
import { WorkerService } from "./modules/workers/worker.service";
import { DeclarationService } from "./modules/declarations/declaration.service";
import { SubmissionService } from "./modules/submissions/submission.service";
import { StatusRelay } from "./events/status-relay";
import { FlexiIncomeService } from "./modules/income/flexi-income.service";
import { AuditService } from "./modules/audit/audit.service";

/** The services of one process; each method takes the request context first. */
export class Services {
  readonly db: Db;
  readonly access: AccessService;
  readonly employers = new EmployerService();
  readonly workers = new WorkerService();
  readonly dimona = new DimonaPeriodService();
  readonly ceilings = new FlexiCeilingService();
  readonly declarations = new DeclarationService();
  readonly submissions = new SubmissionService();
  readonly income = new FlexiIncomeService();
  readonly audit = new AuditService();
  readonly ebox = new EboxService();

  /** Fans committed status events out to this process's subscribers. */
  readonly statusRelay: StatusRelay;

  constructor(dataSource: DataSource, readonly tokens: TokenSettings) {
    this.db = new Db(dataSource);
    this.access = new AccessService(tokens);
    const url = (dataSource.options as { url?: string }).url;
    if (!url) throw new Error("Services need a data source with a url (the relay listens on its own connection)");
    this.statusRelay = new StatusRelay(url, this.db);
  }

  /** Stops what the services hold open besides the data source (the relay's connection). */
  async close(): Promise<void> {
    await this.statusRelay.close();
  }

  /** The user and rights behind a token; null when it is invalid, expired or revoked. */
  loadViewer(token: string): Promise<Viewer | null> {
    return loadViewer(this.db, this.tokens, token);
  }
}
