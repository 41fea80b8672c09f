/** The e-Box's reads and its one write (marking a message read), as custom data-provider methods. */
import { operation } from "../api/handlers";
import { EboxInbox, MarkRead, UnreadCount } from "./operations";

export const eboxMethods = {
  eboxInbox: operation(EboxInbox),
  markRead: operation(MarkRead),
  unreadCount: operation(UnreadCount),
};
