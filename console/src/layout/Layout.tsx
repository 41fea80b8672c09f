import { AppBar, Layout as RaLayout, LocalesMenuButton, TitlePortal, type LayoutProps } from "react-admin";
import { EboxBadge } from "./EboxBadge";
import { Menu } from "./Menu";

function FlexiAppBar() {
  return (
    <AppBar toolbar={<><EboxBadge /><LocalesMenuButton /></>}>
      <TitlePortal />
    </AppBar>
  );
}

export function Layout(props: LayoutProps) {
  return <RaLayout {...props} appBar={FlexiAppBar} menu={Menu} />;
}
