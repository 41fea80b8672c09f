/**
 * The declarant's start page, as in the guide: the workers for whom flexi wage data was
 * transmitted, each with the status of their latest declaration and a link to the details, and
 * the button that opens the wizard. Live: a status change of the employer's declarations (a
 * pending one controlled, a modification accepted) reloads the list, so an hourglass turns into
 * a check without a reload.
 */
import MailIcon from "@mui/icons-material/Mail";
import SendIcon from "@mui/icons-material/Send";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Link as MuiLink,
  Stack,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from "@mui/material";
import { CardTable } from "../common/CardTable";
import { useEffect, useState } from "react";
import { Loading, Title, useLocaleState, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import { useFlexiQuery } from "../api/dataProvider";
import { useLive, useThrottled } from "../api/live";
import { formatDate, formatMoney, type Locale } from "../common/format";
import { formatSsin } from "../common/DeclarationForm";
import { errorText } from "../common/errorTexts";
import { DecisionReason } from "../common/DecisionReason";
import { StatusIcon } from "../common/StatusIcon";
import { graphql } from "../gql";
import { DeclarantOnly, EmployerChoice, useCurrentEmployer } from "../common/currentEmployer";

const EmployerStatusChanged = graphql(`
  subscription EmployerStatusChanged($employerId: ID!) {
    declarationStatusChanged(employerId: $employerId) {
      cursor
      to
    }
  }
`);

const EmployerMessageArrived = graphql(`
  subscription EmployerMessageArrived($employerId: ID!) {
    eboxMessageReceived(employerId: $employerId) {
      id
    }
  }
`);

const PAGE_SIZES = [25, 50, 100];

export default function EmployerHome() {
  return (
    <DeclarantOnly>
      <Overview />
    </DeclarantOnly>
  );
}

function Overview() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const current = useCurrentEmployer();
  const employerId = current.employer?.id;
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(25);
  const workers = useFlexiQuery(
    ["workers", "declaredWorkers", { employerId, page, pageSize }],
    (dataProvider) =>
      dataProvider.declaredWorkers({ employerId: employerId ?? "", first: pageSize, offset: page * pageSize }),
    { enabled: employerId != null },
  );
  const { refetch } = workers;
  const reload = useThrottled(() => void refetch());
  const live = employerId ? { employerId } : null;
  useLive(EmployerStatusChanged, live, reload);
  useLive(EmployerMessageArrived, live, reload);

  useEffect(() => {
    window.addEventListener("flexi:ebox-read", reload);
    return () => window.removeEventListener("flexi:ebox-read", reload);
  }, [reload]);

  if (!current.employer) return <Loading />;
  const data = workers.data;
  const unread = data?.eboxMessages.unreadCount ?? 0;
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate("flexi.home.title")} />
      <Stack
        direction={{ xs: "column", md: "row" }}
        spacing={2}
        sx={{ alignItems: { md: "center" }, justifyContent: "space-between", mb: 2 }}
      >
        <Box>
          <Typography variant="h5" component="h1">
            {translate("flexi.home.heading")}
          </Typography>
          <EmployerChoice current={current} />
        </Box>
        <Button component={Link} to="/wizard" variant="contained" size="large" startIcon={<SendIcon />}>
          {translate("flexi.home.transmit")}
        </Button>
      </Stack>
      {unread > 0 && (
        <Alert severity="info" icon={<MailIcon />} sx={{ mb: 2 }}>
          <MuiLink component={Link} to="/ebox">
            {translate("flexi.home.unread", { smart_count: unread })}
          </MuiLink>
        </Alert>
      )}
      <Card>
        <CardContent>
          <Typography variant="body1" sx={{ mb: 1 }}>
            {translate("flexi.home.intro")}
          </Typography>
          {workers.error && <Alert severity="error">{errorText(translate, "flexi.form", workers.error)}</Alert>}
          {!data && workers.isPending && <Loading />}
          {data && data.declaredWorkers.totalCount === 0 && <Typography>{translate("flexi.home.empty")}</Typography>}
          {data && data.declaredWorkers.totalCount > 0 && (
            <>
              <TableContainer>
                <CardTable size="small" aria-label={translate("flexi.home.tableLabel")}>
                  <TableHead>
                    <TableRow>
                      <TableCell scope="col">{translate("flexi.home.status")}</TableCell>
                      <TableCell scope="col">{translate("flexi.home.worker")}</TableCell>
                      <TableCell scope="col">{translate("flexi.home.ssin")}</TableCell>
                      <TableCell scope="col">{translate("flexi.home.period")}</TableCell>
                      <TableCell scope="col" align="right">
                        {translate("flexi.home.total")}
                      </TableCell>
                      <TableCell scope="col">{translate("flexi.decision.reason")}</TableCell>
                      <TableCell scope="col">
                        <span>{translate("flexi.home.actions")}</span>
                      </TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.declaredWorkers.nodes.map((worker) => {
                      const latest = worker.latestDeclaration;
                      const name = `${worker.firstName} ${worker.lastName}`;
                      return (
                        <TableRow key={worker.id} data-worker={worker.id}>
                          <TableCell>{latest && <StatusIcon status={latest.status} withLabel />}</TableCell>
                          <TableCell component="th" scope="row">
                            {worker.lastName}, {worker.firstName}
                          </TableCell>
                          <TableCell>{formatSsin(worker.ssin)}</TableCell>
                          <TableCell>
                            {latest &&
                              `${formatDate(latest.calculationPeriod.start, locale as Locale)} – ${formatDate(latest.calculationPeriod.end, locale as Locale)}`}
                          </TableCell>
                          <TableCell align="right">{latest && formatMoney(latest.total, locale as Locale)}</TableCell>
                          <TableCell>{latest && <DecisionReason declaration={latest} />}</TableCell>
                          <TableCell>
                            <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
                              <MuiLink
                                component={Link}
                                to={`/workers/${worker.id}/show`}
                                aria-label={translate("flexi.home.detailsFor", { name })}
                              >
                                {translate("flexi.home.details")}
                              </MuiLink>
                              {latest?.status === "REFUSED" && latest.allowedActions.includes("MODIFY") && (
                                <Button
                                  component={Link}
                                  to={`/workers/${worker.id}/show?correct=${latest.id}`}
                                  size="small"
                                  variant="outlined"
                                  color="error"
                                  aria-label={translate("flexi.decision.correctFor", { name })}
                                >
                                  {translate("flexi.decision.correct")}
                                </Button>
                              )}
                            </Stack>
                          </TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </CardTable>
              </TableContainer>
              <TablePagination
                component="div"
                count={data.declaredWorkers.totalCount}
                page={page}
                rowsPerPage={pageSize}
                rowsPerPageOptions={PAGE_SIZES}
                labelRowsPerPage={translate("flexi.home.rowsPerPage")}
                labelDisplayedRows={({ from, to, count }) => translate("flexi.home.displayedRows", { from, to, count })}
                getItemAriaLabel={(type) => translate(`flexi.home.pageButton.${type}`)}
                onPageChange={(_, next) => setPage(next)}
                onRowsPerPageChange={(e) => {
                  setPageSize(Number(e.target.value));
                  setPage(0);
                }}
              />
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
