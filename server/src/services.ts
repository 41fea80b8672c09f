import type { DataSource } from "typeorm";
import type { TokenSettings } from "./auth/tokens";
import type { Viewer } from "./auth/viewer";
import { Db } from "./db/db";
import { loadViewer } from "./graphql/context";
import { AccessService } from "./modules/access/access.service";
import { FlexiCeilingService } from "./modules/ceilings/flexi-ceiling.service";
import { DimonaPeriodService } from "./modules/dimona/dimona-period.service";
import { EmployerService } from "./modules/employers/employer.service";
import { WorkerService } from "./modules/workers/worker.service";

/** The services of one process; each method takes the request context first. */
export class Services {
  readonly db: Db;
  readonly access: AccessService;
  readonly employers = new EmployerService();
  readonly workers = new WorkerService();
  readonly dimona = new DimonaPeriodService();
  readonly ceilings = new FlexiCeilingService();

  constructor(dataSource: DataSource, readonly tokens: TokenSettings) {
    this.db = new Db(dataSource);
    this.access = new AccessService(tokens);
  }

  /** The user and rights behind a token; null when it is invalid, expired or revoked. */
  loadViewer(token: string): Promise<Viewer | null> {
    return loadViewer(this.db, this.tokens, token);
  }
}
