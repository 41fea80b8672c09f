/**
 * A worker's details, as the guide's "Details" screen: the section "Flexi at work" with the
 * declarations sent for this employer (pencil: modify through the wizard's form; bin: delete
 * after a confirmation; each only where the API lists it in the declaration's allowedActions;
 * the versions of each) and the section "Dimona-Zeiträume". Statuses follow the controls live.
 * A stale copy (CONFLICT) or a declaration still being processed (INVALID_STATE) is said
 * plainly, and the page reloads what changed.
 */
import DeleteOutlineIcon from "@mui/icons-material/DeleteOutlined";
import EditIcon from "@mui/icons-material/Edit";
import ExpandLessIcon from "@mui/icons-material/ExpandLess";
import ExpandMoreIcon from "@mui/icons-material/ExpandMore";
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  IconButton,
  Link as MuiLink,
  Stack,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from "@mui/material";
import { CardTable } from "../common/CardTable";
import { useMutation } from "@tanstack/react-query";
import { Fragment, useEffect, useRef, useState } from "react";
import { Confirm, Loading, Title, useLocaleState, useNotify, useTranslate } from "react-admin";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { useFlexiDataProvider, useFlexiQuery } from "../api/dataProvider";
import { isApiError } from "../api/flexi";
import { useLive, useThrottled } from "../api/live";
import { DeclarationForm, formatSsin, toDeclarationInput } from "../common/DeclarationForm";
import { errorText } from "../common/errorTexts";
import { formatDate, formatDateTime, formatHours, formatMoney, type Locale } from "../common/format";
import { DecisionReason, hasDecisionReason } from "../common/DecisionReason";
import { StatusIcon } from "../common/StatusIcon";
import type { DeclarationInput, EmployerWorkerDetailsQuery } from "../gql/graphql";
import { DeclarantOnly, useCurrentEmployer } from "../common/currentEmployer";
import { EmployerWorkerStatusChanged } from "./operations";
import { versionKindKey } from "../common/versionKind";

type Declaration = EmployerWorkerDetailsQuery["wageDeclarations"]["nodes"][number];
type DimonaPeriod = NonNullable<EmployerWorkerDetailsQuery["worker"]>["dimonaPeriods"][number];

export default function EmployerWorkerShow() {
  return (
    <DeclarantOnly>
      <WorkerDetails />
    </DeclarantOnly>
  );
}

function WorkerDetails() {
  const { id: workerId = "" } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Locale;
  const employerId = useCurrentEmployer().employer?.id;
  const dataProvider = useFlexiDataProvider();
  const loaded = useFlexiQuery(
    ["workers", "employerWorkerDetails", { workerId, employerId }],
    (provider) => provider.employerWorkerDetails({ workerId, employerId: employerId ?? "" }),
    { enabled: employerId != null },
  );
  const { refetch } = loaded;
  const reload = useThrottled(() => void refetch());
  /** The declaration being modified, with its version when the pencil was clicked: the token sent back. */
  const [editing, setEditing] = useState<{ id: string; version: number } | null>(null);
  const [deleting, setDeleting] = useState<Declaration | null>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);

  const modification = useMutation({
    mutationFn: (variables: { id: string; expectedVersion: number; input: DeclarationInput }) =>
      dataProvider.modifyDeclaration(variables),
    onSuccess: () => {
      notify("flexi.details.modified", { type: "success" });
      setEditing(null);
      void refetch();
    },
  });
  const deletion = useMutation({
    mutationFn: (variables: { id: string; expectedVersion: number }) => dataProvider.deleteDeclaration(variables),
    onSuccess: () => notify("flexi.details.deleted", { type: "success" }),
    onError: (error) => notify(errorText(translate, "flexi.form", error), { type: "error" }),
    onSettled: () => {
      setDeleting(null);
      void refetch();
    },
  });

  useLive(
    EmployerWorkerStatusChanged,
    employerId ? { employerId } : null,
    reload,
    (data) => data.declarationStatusChanged.declaration.worker.id === workerId,
  );

  // "Korrigieren" on the home overview or the confirmation page opens this declaration's form at once.
  const [search, setSearch] = useSearchParams();
  const toCorrect = search.get("correct");
  const correctable = loaded.data?.wageDeclarations.nodes.find(
    (d) => d.id === toCorrect && d.allowedActions.includes("MODIFY"),
  );
  useEffect(() => {
    if (!correctable) return;
    setEditing({ id: correctable.id, version: correctable.version });
    setSearch({}, { replace: true });
  }, [correctable, setSearch]);

  useEffect(() => {
    if (editing) {
      editHeading.current?.scrollIntoView({ block: "start" });
      editHeading.current?.focus();
    }
  }, [editing]);

  if (loaded.error)
    return (
      <Box sx={{ p: 2 }}>
        <Alert severity="error">{errorText(translate, "flexi.form", loaded.error)}</Alert>
      </Box>
    );
  const data = loaded.data;
  if (!data) return <Loading />;
  const worker = data.worker;
  if (!worker)
    return (
      <Box sx={{ p: 2 }}>
        <Alert severity="error">{translate("flexi.form.apiErrors.NOT_FOUND")}</Alert>
      </Box>
    );
  const declarations = data.wageDeclarations.nodes;
  const edited = declarations.find((d) => d.id === editing?.id);
  const name = `${worker.firstName} ${worker.lastName}`;
  const periodOf = (d: Declaration) =>
    `${formatDate(d.calculationPeriod.start, l)} – ${formatDate(d.calculationPeriod.end, l)}`;

  /**
   * Someone changed the declaration meanwhile (CONFLICT), or its status no longer allows this
   * (INVALID_STATE): the page shows the current state, and an open form closes, since its content
   * and version are stale; the caller says why.
   */
  const isRace = (error: unknown) => isApiError(error, "CONFLICT", "INVALID_STATE", "NOT_FOUND");

  const modify = async (id: string, expectedVersion: number, input: DeclarationInput) => {
    try {
      // The version seen when the pencil was clicked, not the live one: a change made meanwhile
      // by someone else must come back as a CONFLICT, not be overwritten.
      await modification.mutateAsync({ id, expectedVersion, input });
    } catch (error) {
      if (isRace(error)) {
        setEditing(null);
        void refetch();
      }
      throw error; // the form shows field errors on the fields, and anything else as a notification
    }
  };

  const remove = () => {
    if (deleting) deletion.mutate({ id: deleting.id, expectedVersion: deleting.version });
  };

  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate("flexi.details.title", { name })} />
      <MuiLink component={Link} to="/">
        {translate("flexi.details.back")}
      </MuiLink>
      <Typography variant="h5" component="h1" sx={{ mt: 1 }}>
        {name}
      </Typography>
      <Typography sx={{ mb: 2 }}>
        {translate("flexi.form.ssin")} {formatSsin(worker.ssin)}
        {worker.birthDate && ` · ${translate("flexi.details.birthDate")} ${formatDate(worker.birthDate, l)}`}
      </Typography>

      <Card component="section" aria-labelledby="details-flexi" sx={{ mb: 3 }}>
        <CardContent>
          <Typography id="details-flexi" variant="h6" component="h2">
            {translate("flexi.details.flexiAtWork")}
          </Typography>
          {declarations.length === 0 ? (
            <Typography>{translate("flexi.details.noDeclarations")}</Typography>
          ) : (
            <TableContainer>
              <CardTable size="small" aria-labelledby="details-flexi">
                <TableHead>
                  <TableRow>
                    <TableCell scope="col">{translate("flexi.details.status")}</TableCell>
                    <TableCell scope="col">{translate("flexi.details.period")}</TableCell>
                    <TableCell scope="col">{translate("flexi.form.calculationDate")}</TableCell>
                    <TableCell scope="col">{translate("flexi.form.payslipReference")}</TableCell>
                    <TableCell scope="col" align="right">
                      {translate("flexi.details.total")}
                    </TableCell>
                    <TableCell scope="col">{translate("flexi.details.actions")}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {declarations.map((d) => (
                    <DeclarationRow
                      key={d.id}
                      declaration={d}
                      period={periodOf(d)}
                      onEdit={() => setEditing({ id: d.id, version: d.version })}
                      onDelete={() => setDeleting(d)}
                    />
                  ))}
                </TableBody>
              </CardTable>
            </TableContainer>
          )}
        </CardContent>
      </Card>

      {edited && editing && (
        <Card component="section" aria-labelledby="details-edit" sx={{ mb: 3 }}>
          <CardContent>
            <Typography id="details-edit" ref={editHeading} tabIndex={-1} variant="h6" component="h2" sx={{ mb: 2 }}>
              {translate("flexi.details.modifyTitle", { period: periodOf(edited) })}
            </Typography>
            <DeclarationForm
              key={edited.id}
              worker={worker}
              initial={toDeclarationInput(edited, worker.id)}
              employerClasses={data.employer?.employerClasses}
              submitLabel={translate("flexi.details.modifySubmit")}
              onCancel={() => setEditing(null)}
              onSubmit={(input) => modify(edited.id, editing.version, input)}
            />
          </CardContent>
        </Card>
      )}

      <Card component="section" aria-labelledby="details-dimona">
        <CardContent>
          <Typography id="details-dimona" variant="h6" component="h2">
            {translate("flexi.details.dimona")}
          </Typography>
          <DimonaTable periods={worker.dimonaPeriods} />
        </CardContent>
      </Card>

      <Confirm
        isOpen={deleting !== null}
        title="flexi.details.deleteTitle"
        content="flexi.details.deleteContent"
        translateOptions={{ period: deleting ? periodOf(deleting) : "" }}
        confirm="flexi.details.deleteConfirm"
        onConfirm={remove}
        onClose={() => setDeleting(null)}
      />
    </Box>
  );
}

/** A declaration with its actions; its versions and anomalies fold out below it. */
function DeclarationRow({
  declaration: d,
  period,
  onEdit,
  onDelete,
}: {
  declaration: Declaration;
  period: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Locale;
  const [open, setOpen] = useState(false);
  const allowed = d.allowedActions;
  const edit = translate("flexi.details.modify", { period });
  const remove = translate("flexi.details.delete", { period });
  const versions = translate("flexi.details.showHistory", { period });
  const foldId = `versions-${d.id}`;
  return (
    <Fragment>
      <TableRow
        data-declaration={d.id}
        sx={{ "& > td": { borderBottom: open || hasDecisionReason(d) ? "none" : undefined } }}
      >
        <TableCell>
          <StatusIcon status={d.status} withLabel />
        </TableCell>
        <TableCell sx={{ whiteSpace: "nowrap" }}>{period}</TableCell>
        <TableCell>{formatDate(d.calculationDate, l)}</TableCell>
        <TableCell>{d.payslipReference ?? ""}</TableCell>
        <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
          {formatMoney(d.total, l)}
        </TableCell>
        <TableCell sx={{ whiteSpace: "nowrap" }}>
          {allowed.includes("MODIFY") && (
            <Tooltip title={edit}>
              <IconButton aria-label={edit} onClick={onEdit}>
                <EditIcon />
              </IconButton>
            </Tooltip>
          )}
          {allowed.includes("DELETE") && (
            <Tooltip title={remove}>
              <IconButton aria-label={remove} onClick={onDelete}>
                <DeleteOutlineIcon />
              </IconButton>
            </Tooltip>
          )}
          <Tooltip title={versions}>
            <IconButton
              aria-label={versions}
              aria-expanded={open}
              aria-controls={foldId}
              onClick={() => setOpen(!open)}
            >
              {open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
            </IconButton>
          </Tooltip>
        </TableCell>
      </TableRow>
      {hasDecisionReason(d) && (
        <TableRow data-reason-for={d.id} sx={{ "& > td": { borderBottom: open ? "none" : undefined } }}>
          <TableCell colSpan={6} sx={{ pt: 0 }}>
            <DecisionReason declaration={d} />
          </TableCell>
        </TableRow>
      )}
      {open && (
        <TableRow id={foldId}>
          <TableCell colSpan={6}>
            <Stack spacing={1}>
              {d.anomalies.length > 0 && (
                <Box>
                  <Typography variant="subtitle2" component="h3">
                    {translate("flexi.details.anomalies")}
                  </Typography>
                  {d.anomalies.map((a) => (
                    <Typography key={`${a.code}-${a.message}`} variant="body2">
                      <Chip size="small" label={a.code} sx={{ mr: 1 }} />
                      {a.message}
                    </Typography>
                  ))}
                </Box>
              )}
              <Typography variant="subtitle2" component="h3">
                {translate("flexi.details.versions")}
              </Typography>
              <CardTable size="small" aria-label={translate("flexi.details.versions")}>
                <TableHead>
                  <TableRow>
                    <TableCell scope="col">{translate("flexi.details.versionNumber")}</TableCell>
                    <TableCell scope="col">{translate("flexi.details.kind")}</TableCell>
                    <TableCell scope="col">{translate("flexi.details.status")}</TableCell>
                    <TableCell scope="col" align="right">
                      {translate("flexi.details.total")}
                    </TableCell>
                    <TableCell scope="col">{translate("flexi.details.createdAt")}</TableCell>
                    <TableCell scope="col">{translate("flexi.decision.reason")}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {d.history.map((v) => (
                    <TableRow key={v.number}>
                      <TableCell>{v.number}</TableCell>
                      <TableCell>{translate(versionKindKey(v))}</TableCell>
                      <TableCell>
                        <StatusIcon status={v.status} withLabel />
                      </TableCell>
                      <TableCell align="right">{formatMoney(v.total, l)}</TableCell>
                      <TableCell>{formatDateTime(v.createdAt, l)}</TableCell>
                      <TableCell>{[v.reason, v.decisionReason].filter(Boolean).join(" · ")}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </CardTable>
            </Stack>
          </TableCell>
        </TableRow>
      )}
    </Fragment>
  );
}

function DimonaTable({ periods }: { periods: DimonaPeriod[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Locale;
  if (periods.length === 0) return <Typography>{translate("flexi.details.noDimona")}</Typography>;
  const when = (date: string | null | undefined, hour: string | null | undefined) =>
    date ? `${formatDate(date, l)}${hour ? ` ${hour}` : ""}` : translate("flexi.details.openEnded");
  return (
    <TableContainer>
      <CardTable size="small" aria-labelledby="details-dimona">
        <TableHead>
          <TableRow>
            <TableCell scope="col">{translate("flexi.details.periodId")}</TableCell>
            <TableCell scope="col">{translate("flexi.details.dimonaType")}</TableCell>
            <TableCell scope="col">{translate("flexi.details.jointCommittee")}</TableCell>
            <TableCell scope="col">{translate("flexi.details.start")}</TableCell>
            <TableCell scope="col">{translate("flexi.details.end")}</TableCell>
            <TableCell scope="col" align="right">
              {translate("flexi.details.plannedHours")}
            </TableCell>
            <TableCell scope="col">{translate("flexi.details.state")}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {periods.map((p) => (
            <TableRow key={p.id}>
              <TableCell>{p.periodId}</TableCell>
              <TableCell>{translate(`flexi.details.dimonaTypes.${p.workerType}`)}</TableCell>
              <TableCell>{p.jointCommittee}</TableCell>
              <TableCell sx={{ whiteSpace: "nowrap" }}>{when(p.startDate, p.startHour)}</TableCell>
              <TableCell sx={{ whiteSpace: "nowrap" }}>{when(p.endDate, p.endHour)}</TableCell>
              <TableCell align="right">{formatHours(p.plannedHours, l)}</TableCell>
              <TableCell>
                {p.cancelled ? translate("flexi.details.cancelled") : translate("flexi.details.active")}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </CardTable>
    </TableContainer>
  );
}
