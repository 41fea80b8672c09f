/**
 * The review queue: declarations still to look at (pending, accepted with warnings,
 * refused) by default; filters, the API's orders, pages; bulk accept or refuse with a reason.
 */
import { Link as MuiLink, Typography } from "@mui/material";
import { DataTable, List, TopToolbar, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import { StatusIcon } from "../common/StatusIcon";
import { AnomalyCodes } from "./AnomalyCodes";
import { reviewFilters } from "./ReviewFilters";
import { REVIEW_STATUSES, type DeclarationRow } from "./dataProvider";
import { RevalidateMatchingButton } from "./RevalidateMatchingButton";
import { SelectionBar } from "./SelectionBar";
import { SelectPageCheckbox, SelectRowCheckbox } from "./SelectionColumn";
import { useFormats } from "../common/officeFormat";
import { formatSsin } from "../common/format";

const Col = DataTable.Col<DeclarationRow>;

export default function DeclarationList() {
  const translate = useTranslate();
  const { date, dateTime, money, range } = useFormats();
  return (
    <List
      resource="declarations"
      storeKey="office.review"
      title={translate("flexi.office.review.title")}
      filters={reviewFilters(translate)}
      filterDefaultValues={{ status: [...REVIEW_STATUSES] }}
      sort={{ field: "submittedAt", order: "DESC" }}
      actions={
        <TopToolbar>
          <RevalidateMatchingButton />
        </TopToolbar>
      }
      empty={false}
      // Narrow windows scroll the table, not the whole page.
      sx={{ "& .RaDataTable-tableWrapper": { overflowX: "auto" } }}
    >
      <SelectionBar />
      {/* Selection is our own column (see SelectionColumn), so react-admin's bulk checkboxes are off. */}
      <DataTable rowClick={(id) => `/declarations/${id}/show`} bulkActionButtons={false} size="small">
        <Col
          source="select"
          disableSort
          label={<SelectPageCheckbox />}
          render={(row) => <SelectRowCheckbox row={row} />}
          padding="checkbox"
        />
        <Col
          source="status"
          disableSort
          label={translate("flexi.office.field.status")}
          render={(row) => <StatusIcon status={row.status} withLabel />}
        />
        <Col
          source="worker"
          disableSort
          label={translate("flexi.office.field.worker")}
          render={(row) => (
            <>
              <MuiLink
                component={Link}
                to={`/declarations/${row.id}/show`}
                onClick={(event) => event.stopPropagation()}
              >
                {row.worker.lastName} {row.worker.firstName}
              </MuiLink>
              <Typography variant="caption" sx={{ display: "block", color: "text.secondary" }}>
                {formatSsin(row.worker.ssin)}
              </Typography>
            </>
          )}
        />
        <Col
          source="employer"
          disableSort
          label={translate("flexi.office.field.employer")}
          render={(row) => row.employer.name}
        />
        <Col
          source="calculationPeriod"
          disableSort
          label={translate("flexi.office.review.columnPeriod")}
          render={(row) => range(row.calculationPeriod)}
        />
        <Col
          source="calculationDate"
          label={translate("flexi.office.review.columnCalculationDate")}
          render={(row) => date(row.calculationDate)}
        />
        <Col
          source="total"
          disableSort
          align="right"
          label={translate("flexi.office.field.total")}
          render={(row) => money(row.total)}
        />
        <Col
          source="anomalies"
          disableSort
          label={translate("flexi.office.field.anomalies")}
          render={(row) => <AnomalyCodes anomalies={row.anomalies} />}
        />
        <Col
          source="submittedAt"
          label={translate("flexi.office.field.submittedAt")}
          render={(row) => dateTime(row.submittedAt)}
        />
      </DataTable>
    </List>
  );
}
