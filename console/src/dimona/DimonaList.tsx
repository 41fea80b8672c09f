/**
 * Dimona periods as reference data for the back office: filter by employer, worker and
 * cancellation; correct one (reason required); register one.
 */
import { Box, Typography } from "@mui/material";
import { DataTable, List, SelectInput, TopToolbar, useTranslate } from "react-admin";
import { DimonaCorrectionButton } from "./DimonaCorrectionButton";
import { EmployerInput, WorkerInput } from "../common/ReferenceInputs";
import { RegisterDimonaButton } from "./RegisterDimonaButton";
import type { DimonaPeriodRow } from "./dataProvider";
import { useFormats } from "../common/officeFormat";
import { formatHours, formatSsin } from "../common/format";

const Col = DataTable.Col<DimonaPeriodRow>;

export default function DimonaList() {
  const translate = useTranslate();
  const { date, locale } = useFormats();
  const yes = translate("flexi.office.yes");
  const no = translate("flexi.office.no");
  return (
    <List
      resource="dimonaPeriods"
      storeKey="office.dimona"
      title={translate("flexi.menu.dimonaPeriods")}
      filters={[
        <EmployerInput key="employerId" alwaysOn />,
        <WorkerInput key="workerId" alwaysOn />,
        <SelectInput
          key="cancelled"
          source="cancelled"
          alwaysOn
          label={translate("flexi.office.field.cancelled")}
          emptyText={translate("flexi.office.all")}
          choices={[
            { id: "no", name: no },
            { id: "yes", name: yes },
          ]}
        />,
      ]}
      sort={{ field: "startDate", order: "DESC" }}
      actions={
        <TopToolbar>
          <RegisterDimonaButton />
        </TopToolbar>
      }
      empty={false}
    >
      <DataTable bulkActionButtons={false} rowClick={false} size="small">
        <Col source="periodId" disableSort label={translate("flexi.office.field.periodId")} />
        <Col
          source="worker"
          disableSort
          label={translate("flexi.office.field.worker")}
          render={(p) => (
            <>
              {p.worker.lastName} {p.worker.firstName}
              <Typography variant="caption" sx={{ display: "block", color: "text.secondary" }}>
                {formatSsin(p.worker.ssin)}
              </Typography>
            </>
          )}
        />
        <Col
          source="employer"
          disableSort
          label={translate("flexi.office.field.employer")}
          render={(p) => p.employer.name}
        />
        <Col source="workerType" disableSort label={translate("flexi.office.dimona.type")} />
        <Col source="jointCommittee" disableSort label={translate("flexi.office.field.jointCommittee")} />
        {/* One column for the period, sorted by its start (the API's order). */}
        <Col
          source="startDate"
          label={translate("flexi.office.review.columnPeriod")}
          render={(p) => (
            <>
              {date(p.startDate)} {p.startHour ?? ""} –
              <Box component="span" sx={{ display: "block" }}>
                {p.endDate ? `${date(p.endDate)} ${p.endHour ?? ""}` : translate("flexi.office.dimona.openEnded")}
              </Box>
            </>
          )}
        />
        <Col
          source="plannedHours"
          disableSort
          align="right"
          label={translate("flexi.office.field.plannedHours")}
          render={(p) => formatHours(p.plannedHours, locale)}
        />
        <Col
          source="cancelled"
          disableSort
          label={translate("flexi.office.field.cancelled")}
          render={(p) => (p.cancelled ? yes : no)}
        />
        <Col
          source="actions"
          disableSort
          label={translate("flexi.office.field.actions")}
          render={(p) => <DimonaCorrectionButton period={p} />}
        />
      </DataTable>
    </List>
  );
}
