/** The annual ceilings of flexi pay: each year's amount, whether it is provisional, its source; set one. */
import AddIcon from "@mui/icons-material/Add";
import EditIcon from "@mui/icons-material/Edit";
import { useState } from "react";
import { Button, DataTable, List, TopToolbar, useTranslate } from "react-admin";
import { CeilingDialog } from "./CeilingDialog";
import type { CeilingRow } from "./dataProvider";
import { useFormats } from "../common/officeFormat";

const Col = DataTable.Col<CeilingRow>;

export default function CeilingList() {
  const translate = useTranslate();
  const { money } = useFormats();
  // undefined: closed; null: a new year; a row: that year.
  const [editing, setEditing] = useState<CeilingRow | null | undefined>(undefined);
  return (
    <>
      <List
        resource="ceilings"
        storeKey="office.ceilings"
        title={translate("flexi.menu.ceilings")}
        pagination={false}
        actions={
          <TopToolbar>
            <Button label={translate("flexi.office.ceilings.add")} onClick={() => setEditing(null)}>
              <AddIcon />
            </Button>
          </TopToolbar>
        }
        empty={false}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <Col source="year" disableSort label={translate("flexi.office.field.year")} />
          <Col
            source="amount"
            disableSort
            align="right"
            label={translate("flexi.office.field.amount")}
            render={(c) => money(c.amount)}
          />
          <Col
            source="provisional"
            disableSort
            label={translate("flexi.office.field.provisional")}
            render={(c) => translate(c.provisional ? "flexi.office.yes" : "flexi.office.no")}
          />
          <Col source="source" disableSort label={translate("flexi.office.field.source")} />
          <Col
            source="actions"
            disableSort
            label={translate("flexi.office.field.actions")}
            render={(c) => (
              <Button
                label={translate("flexi.office.action.edit")}
                aria-label={translate("flexi.office.ceilings.editTitle", { year: c.year })}
                onClick={() => setEditing(c)}
              >
                <EditIcon />
              </Button>
            )}
          />
        </DataTable>
      </List>
      {editing !== undefined && <CeilingDialog ceiling={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
