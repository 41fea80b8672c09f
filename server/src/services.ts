import type { DataSource } from "typeorm";
import type { TokenSettings } from "./auth/tokens";
import type { Viewer } from "./auth/viewer";
import { loadViewer, readViewer } from "./auth/request-context";
import { DEFAULT_VIEWER_CACHE_MS, ViewerCache } from "./auth/viewer-cache";
import { Db } from "./db/db";
import { AccessService } from "./modules/access/access.service";
import { AccessManagementService } from "./modules/access/access-management.service";
import { FlexiCeilingService } from "./modules/ceilings/flexi-ceiling.service";
import { DimonaPeriodService } from "./modules/dimona/dimona-period.service";
import { EboxService } from "./modules/ebox/ebox.service";
import { EmployerService } from "./modules/employers/employer.service";
import { WorkerService } from "./modules/workers/worker.service";
import { DeclarationService } from "./modules/declarations/declaration.service";
import { SubmissionService } from "./modules/submissions/submission.service";
import { LogRelay } from "./events/log-relay";
import { LiveViewers } from "./events/live-viewers";
import { PgListener } from "./events/pg-listener";
import { statusEventSource, type StatusEvent } from "./events/status-event-source";
import { eboxSource, type EboxLogEntry } from "./events/ebox-source";
import { CeilingAlertService, FlexiIncomeService } from "./modules/income/flexi-income.service";
import { AuditService } from "./modules/audit/audit.service";
import { WorkerMaintenanceService } from "./modules/workers/worker-maintenance.service";
import { DimonaMaintenanceService } from "./modules/dimona/dimona-maintenance.service";
import { EmployerMaintenanceService } from "./modules/employers/employer-maintenance.service";
import { CeilingMaintenanceService } from "./modules/ceilings/ceiling-maintenance.service";
import { BackOfficeDeclarationService } from "./modules/declarations/back-office.service";
import { BulkSubmissionService } from "./modules/submissions/bulk-submission.service";
import { loadOidcViewer, OidcTokens } from "./security/oidc";
import { DEFAULT_SIGN_IN_LIMITS, type OidcSettings, type SignInLimits } from "./security/settings";
import { SignInLimiter } from "./security/sign-in-limiter";

/** What a process may set beside the token settings (security/settings.ts reads them from the environment). */
export interface ServicesOptions {
  /** Failed sign-ins allowed per login and per address (default 10 and 50 in 15 minutes). */
  signInLimits?: SignInLimits;
  /** Accept an OpenID Connect issuer's tokens beside the API's own. */
  oidc?: OidcSettings;
  /** How long a session's user and rights are kept between requests, in ms (default 10000; 0: read on every request). */
  viewerCacheMs?: number;
}

/** The services of one process; each method takes the request context first. */
export class Services {
  readonly db: Db;
  readonly access: AccessService;
  readonly accessManagement: AccessManagementService;
  readonly employers = new EmployerService();
  readonly workers = new WorkerService();
  readonly dimona = new DimonaPeriodService();
  readonly ceilings = new FlexiCeilingService();
  readonly declarations = new DeclarationService();
  readonly submissions = new SubmissionService();
  readonly income = new FlexiIncomeService();
  readonly ceilingAlerts = new CeilingAlertService();
  readonly audit = new AuditService();
  readonly backOffice = new BackOfficeDeclarationService(this.declarations);
  readonly bulk = new BulkSubmissionService();
  readonly ebox = new EboxService();
  /** The back office's maintenance of reference data (workers, Dimona periods, employers, ceilings). */
  readonly workerMaintenance = new WorkerMaintenanceService();
  readonly dimonaMaintenance = new DimonaMaintenanceService();
  readonly employerMaintenance = new EmployerMaintenanceService();
  readonly ceilingMaintenance = new CeilingMaintenanceService();

  /** This process's one LISTEN connection. */
  readonly listener: PgListener;
  /** Fans committed status events out to this process's subscribers. */
  readonly statusRelay: LogRelay<StatusEvent>;
  /** Fans committed e-Box messages out to this process's subscribers. */
  readonly eboxRelay: LogRelay<EboxLogEntry>;
  /** The current rights of every open subscription's user. */
  readonly liveViewers: LiveViewers;
  /** The OIDC issuer's tokens, when one is configured. */
  readonly oidc: OidcTokens | undefined;
  /** Sessions' users and rights between requests; forget a user after changing their rights or sessions. */
  readonly viewers: ViewerCache;

  constructor(
    dataSource: DataSource,
    readonly tokens: TokenSettings,
    options: ServicesOptions = {},
  ) {
    this.db = new Db(dataSource);
    this.oidc = options.oidc ? new OidcTokens(options.oidc) : undefined;
    const url = (dataSource.options as { url?: string }).url;
    if (!url) throw new Error("Services need a data source with a url (the relay listens on its own connection)");
    this.listener = new PgListener(url);
    this.statusRelay = new LogRelay(statusEventSource(this.db), this.listener);
    this.eboxRelay = new LogRelay(eboxSource(this.db), this.listener);
    this.viewers = new ViewerCache(this.listener, options.viewerCacheMs ?? DEFAULT_VIEWER_CACHE_MS);
    this.access = new AccessService(tokens, this, new SignInLimiter(options.signInLimits ?? DEFAULT_SIGN_IN_LIMITS));
    this.accessManagement = new AccessManagementService(this.viewers);
    this.liveViewers = new LiveViewers(this.listener, (userId, sessionId) => readViewer(this.db, userId, sessionId));
  }

  /** Stops what the services hold open besides the data source (the relays and their connection). */
  async close(): Promise<void> {
    await this.statusRelay.close();
    await this.eboxRelay.close();
    await this.listener.close();
  }

  /** The user and rights behind a token (the API's own, or the OIDC issuer's); null when it is invalid, expired or revoked. */
  loadViewer(token: string): Promise<Viewer | null> {
    if (this.oidc?.isFromIssuer(token)) return loadOidcViewer(this.db, this.oidc, token);
    return loadViewer(this.db, this.tokens, this.viewers, token);
  }
}
