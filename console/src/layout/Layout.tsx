import { useEffect } from "react";
import {
  AppBar,
  Layout as RaLayout,
  LocalesMenuButton,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useLocaleState,
  useTranslate,
  type LayoutProps,
} from "react-admin";
import type { Locale } from "../common/format";
import { rememberLocale } from "../i18n";
import { EboxBadge } from "./EboxBadge";
import { Menu } from "./Menu";
import { ReconnectingBanner } from "./ReconnectingBanner";
import { ScreenHelp } from "./ScreenHelp";

/** The user menu's accessible name contains the name it shows (WCAG 2.5.3, label in name). */
function FlexiUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <UserMenu
      label={identity?.fullName ? `${identity.fullName} (${translate("ra.auth.user_menu")})` : "ra.auth.user_menu"}
    />
  );
}

function FlexiAppBar() {
  return (
    <AppBar
      userMenu={<FlexiUserMenu />}
      toolbar={
        <>
          <EboxBadge />
          <ScreenHelp />
          <LocalesMenuButton />
        </>
      }
    >
      <TitlePortal />
    </AppBar>
  );
}

/**
 * Keeps the chosen language beyond react-admin's store (which signing out empties) and on
 * <html lang>, so that screen readers read the page in it.
 */
function RememberLocale() {
  const [locale] = useLocaleState();
  useEffect(() => rememberLocale(locale as Locale), [locale]);
  return null;
}

/**
 * No page scrolls sideways, down to a 390 px phone: react-admin's layout grows to its widest
 * content (min-width: fit-content), so a wide table widened the whole page; now the content keeps
 * the window's width and a table too wide for it scrolls inside its own box (or shows as cards,
 * common/CardTable.tsx). Running text keeps a readable measure on a wide screen.
 */
const FIT_THE_WINDOW = {
  minWidth: 0,
  "& .RaLayout-contentWithSidebar, & .RaLayout-content": { minWidth: 0 },
  "& .RaList-main, & .RaShow-main": { minWidth: 0 },
  "& .RaList-content, & .RaDataTable-tableWrapper, & .RaDatagrid-tableWrapper": { overflowX: "auto" },
  "& .RaLayout-content :is(p, li, .MuiAlert-message, .MuiCardHeader-subheader)": { maxWidth: "80ch" },
};

export function Layout({ children, ...props }: LayoutProps) {
  return (
    <RaLayout {...props} appBar={FlexiAppBar} menu={Menu} sx={FIT_THE_WINDOW}>
      <RememberLocale />
      <ReconnectingBanner />
      {children}
    </RaLayout>
  );
}
