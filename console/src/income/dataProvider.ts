/** The signed-in worker's own flexi income of a year. */
import { operation } from "../api/handlers";
import { MyFlexiIncome } from "./operations";

export const incomeMethods = {
  myFlexiIncome: operation(MyFlexiIncome),
};
