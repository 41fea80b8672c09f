/**
 * What every back-office correction form does with its answer (sent through a custom method of
 * the data provider) (pessimistic: nothing changes on
 * screen before the server has answered): on success a notice, a reload of what the page shows,
 * and `onSuccess`; on BAD_USER_INPUT the field errors, returned so that react-admin's Form shows
 * each on its field; anything else (CONFLICT, INVALID_STATE, ...) as a notice.
 */
import { useNotify, useRefresh, useTranslate } from "react-admin";
import { useFlexiDataProvider, type FlexiDataProvider } from "../api/dataProvider";
import { errorText, fieldErrorTexts } from "./errorTexts";

/** A form's values as react-admin hands them to onSubmit. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FieldValues = Record<string, any>;

export function useCorrection<V extends FieldValues>(
  save: (values: V, dataProvider: FlexiDataProvider) => Promise<unknown>,
  options: { success: string; onSuccess?: () => void },
) {
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const dataProvider = useFlexiDataProvider();
  return async (values: FieldValues): Promise<Record<string, string> | undefined> => {
    try {
      await save(values as V, dataProvider);
    } catch (error) {
      const errors = fieldErrorTexts(translate, "flexi.office", error, { flat: true });
      if (errors) return errors;
      notify(errorText(translate, "flexi.office", error), { type: "error" });
      return undefined;
    }
    notify(options.success, { type: "success" });
    refresh();
    options.onSuccess?.();
    return undefined;
  };
}

/**
 * The fields of `values` that differ from `record` (corrections send only those, so the audit
 * trail shows what the agent changed). An emptied field becomes null: the API clears it.
 */
export function changedFields<T extends Record<string, unknown>>(
  record: T,
  values: Record<string, unknown>,
  fields: readonly (keyof T & string)[],
): Partial<T> {
  const changed: Partial<T> = {};
  for (const field of fields) {
    const value = values[field] === "" || values[field] === undefined ? null : values[field];
    const before = record[field] ?? null;
    if (JSON.stringify(value) !== JSON.stringify(before)) (changed as Record<string, unknown>)[field] = value;
  }
  return changed;
}
