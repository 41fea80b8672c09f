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

export function Layout({ children, ...props }: LayoutProps) {
  return (
    <RaLayout {...props} appBar={FlexiAppBar} menu={Menu}>
      <RememberLocale />
      <ReconnectingBanner />
      {children}
    </RaLayout>
  );
}
