/**
 * The employer's e-Box: unread messages first, then the read ones, newest first in each (two
 * queries, so that an old unread message is not buried under pages of read ones). Opening a
 * message shows it in the reader's language (the API writes it so) and marks it read; the
 * badge in the app bar is told to recount. A message that arrives is added live.
 */
import MarkEmailReadIcon from "@mui/icons-material/MarkEmailRead";
import MarkEmailUnreadIcon from "@mui/icons-material/MarkEmailUnread";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Divider,
  Link as MuiLink,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Paper,
  Typography,
} from "@mui/material";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Loading, Title, useLocaleState, useNotify, usePermissions, useTranslate } from "react-admin";
import { Link, useSearchParams } from "react-router-dom";
import { useFlexiDataProvider, useFlexiQuery } from "../api/dataProvider";
import { useLive, useThrottled } from "../api/live";
import type { Rights } from "../auth/authProvider";
import { errorText } from "../common/errorTexts";
import { formatDateTime, type Locale } from "../common/format";
import { visuallyHidden } from "../common/StatusIcon";
import { graphql } from "../gql";
import type { EboxInboxQuery } from "../gql/graphql";

const EboxArrived = graphql(`
  subscription EboxArrived {
    eboxMessageReceived {
      id
    }
  }
`);

type Message = EboxInboxQuery["unread"]["nodes"][number];
const READ_PAGE = 20;

export default function EboxList() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useFlexiDataProvider();
  const [readFirst, setReadFirst] = useState(READ_PAGE);
  const inbox = useFlexiQuery(["ebox", "eboxInbox", { readFirst }], (provider) => provider.eboxInbox({ readFirst }));
  const { refetch } = inbox;
  const reload = useThrottled(() => void refetch());
  const [params, setParams] = useSearchParams();
  const openId = params.get("message");
  /** Read in this visit: they stay where they are in the list until the next load, marked read. */
  const [readNow, setReadNow] = useState<Record<string, string>>({});

  useLive(EboxArrived, {}, reload, () => {
    notify("flexi.ebox.arrived", { type: "info" });
    return true;
  });
  const markRead = useMutation({
    mutationFn: (id: string) => dataProvider.markRead({ id }),
    onSuccess: (data, id) => {
      setReadNow((r) => ({ ...r, [id]: data.markEboxMessageRead.readAt ?? new Date().toISOString() }));
      window.dispatchEvent(new Event("flexi:ebox-read")); // the badge recounts
    },
    onError: (error) => notify(errorText(translate, "flexi.form", error), { type: "error" }),
  });
  const { mutate: markAsRead } = markRead;

  const all = inbox.data ? [...inbox.data.unread.nodes, ...inbox.data.read.nodes] : [];
  const opened = all.find((m) => m.id === openId);
  const openedUnread = opened !== undefined && opened.readAt == null && readNow[opened.id] === undefined;

  useEffect(() => {
    if (!opened || !openedUnread) return;
    markAsRead(opened.id);
  }, [opened, openedUnread, markAsRead]);

  if (inbox.error)
    return (
      <Box sx={{ p: 2 }}>
        <Alert severity="error">{errorText(translate, "flexi.form", inbox.error)}</Alert>
      </Box>
    );
  if (!inbox.data) return <Loading />;
  const { unread, read } = inbox.data;
  const readAt = (m: Message) => m.readAt ?? readNow[m.id] ?? null;
  const open = (id: string) => setParams({ message: id });

  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate("flexi.ebox.title")} />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate("flexi.ebox.heading")}
      </Typography>
      <Box sx={{ display: "flex", flexDirection: { xs: "column", md: "row" }, gap: 2, alignItems: "flex-start" }}>
        <Paper
          variant="outlined"
          component="nav"
          aria-label={translate("flexi.ebox.inbox")}
          sx={{ width: { xs: "100%", md: 420 }, flexShrink: 0 }}
        >
          <MessageList
            title={translate("flexi.ebox.unread", {
              smart_count: unread.totalCount - unread.nodes.filter((m) => readNow[m.id]).length,
            })}
            messages={unread.nodes}
            openId={openId}
            readAt={readAt}
            onOpen={open}
            empty={translate("flexi.ebox.noUnread")}
          />
          <Divider />
          <MessageList
            title={translate("flexi.ebox.read")}
            messages={read.nodes}
            openId={openId}
            readAt={readAt}
            onOpen={open}
            empty={translate("flexi.ebox.noRead")}
          />
          {read.totalCount > read.nodes.length && (
            <Box sx={{ p: 1 }}>
              <Button onClick={() => setReadFirst(readFirst + READ_PAGE)}>{translate("flexi.ebox.more")}</Button>
            </Box>
          )}
        </Paper>
        <Box sx={{ flex: 1, minWidth: 0, width: "100%" }}>
          {opened ? (
            <MessageView message={opened} readAt={readAt(opened)} />
          ) : (
            <Typography>{translate("flexi.ebox.choose")}</Typography>
          )}
        </Box>
      </Box>
    </Box>
  );
}

function MessageList(props: {
  title: string;
  messages: Message[];
  openId: string | null;
  empty: string;
  readAt: (m: Message) => string | null;
  onOpen: (id: string) => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<Rights>();
  const several = (permissions?.declarantOf.length ?? 0) > 1;
  return (
    <Box component="section" aria-label={props.title}>
      <Typography variant="subtitle1" component="h2" sx={{ px: 2, pt: 1.5, fontWeight: 600 }}>
        {props.title}
      </Typography>
      {props.messages.length === 0 && (
        <Typography variant="body2" sx={{ px: 2, py: 1 }}>
          {props.empty}
        </Typography>
      )}
      <List dense>
        {props.messages.map((m) => {
          const unread = props.readAt(m) == null;
          return (
            <ListItem key={m.id} disablePadding>
              <ListItemButton
                selected={m.id === props.openId}
                aria-current={m.id === props.openId ? "true" : undefined}
                onClick={() => props.onOpen(m.id)}
                data-message={m.id}
              >
                <ListItemIcon sx={{ minWidth: 36 }}>
                  {unread ? <MarkEmailUnreadIcon color="primary" /> : <MarkEmailReadIcon />}
                </ListItemIcon>
                <ListItemText
                  primary={
                    <>
                      {unread && (
                        <Box component="span" sx={visuallyHidden}>
                          {translate("flexi.ebox.unreadMark")}:{" "}
                        </Box>
                      )}
                      {m.subject}
                    </>
                  }
                  secondary={`${formatDateTime(m.receivedAt, locale as Locale)}${several ? ` · ${m.employer.name}` : ""}`}
                  slotProps={{
                    primary: { sx: { fontWeight: unread ? 700 : 400 } },
                    secondary: { sx: { color: "text.secondary" } },
                  }}
                />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
}

function MessageView({ message: m, readAt }: { message: Message; readAt: string | null }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Locale;
  return (
    <Card component="article" aria-labelledby="ebox-subject" variant="outlined">
      <CardContent>
        <Chip size="small" label={translate(`flexi.ebox.types.${m.type}`)} sx={{ mb: 1 }} />
        <Typography id="ebox-subject" variant="h6" component="h2">
          {m.subject}
        </Typography>
        <Typography variant="body2" sx={{ color: "text.secondary", mb: 2 }}>
          {translate("flexi.ebox.receivedAt", { date: formatDateTime(m.receivedAt, l) })}
          {readAt && ` · ${translate("flexi.ebox.readAt", { date: formatDateTime(readAt, l) })}`}
          {` · ${m.employer.name}`}
        </Typography>
        <Typography component="div" sx={{ whiteSpace: "pre-wrap", mb: 2 }} data-testid="ebox-body">
          {m.body}
        </Typography>
        {m.submission?.reference && (
          <Typography variant="body2">
            {translate("flexi.ebox.reference", { reference: m.submission.reference })}
          </Typography>
        )}
        {m.declaration && (
          <MuiLink component={Link} to={`/workers/${m.declaration.worker.id}/show`}>
            {translate("flexi.ebox.toWorker", {
              name: `${m.declaration.worker.firstName} ${m.declaration.worker.lastName}`,
            })}
          </MuiLink>
        )}
      </CardContent>
    </Card>
  );
}
