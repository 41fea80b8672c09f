/**
 * The console's theme: react-admin's default with colours that keep text contrast at WCAG 2.1
 * AA (4.5:1) and a visible keyboard focus.
 */
import { defaultTheme, type RaThemeOptions } from "react-admin";

export const theme: RaThemeOptions = {
  ...defaultTheme,
  // Wide enough for the menu's longest entry ("Flexi-Lohndaten übermitteln") in every language.
  sidebar: { width: 300, closedWidth: 55 },
  palette: {
    ...defaultTheme.palette,
    primary: { main: "#1d4f91" },
    secondary: { main: "#2c3e50" },
    error: { main: "#b71c1c" },
    warning: { main: "#8a4b00" },
    success: { main: "#1b5e20" },
  },
  components: {
    ...defaultTheme.components,
    MuiButtonBase: { defaultProps: { disableRipple: false } },
    MuiCssBaseline: {
      styleOverrides: { "*:focus-visible": { outline: "3px solid #ffbf47", outlineOffset: "2px" } },
    },
  },
};
