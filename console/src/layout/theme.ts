/**
 * The console's theme: react-admin's default with colours that keep text contrast at WCAG 2.1
 * AA (4.5:1) and a strong keyboard focus (WCAG 2.2 focus appearance): a 3 px outline, dark blue
 * on the light page (over 10:1 against white) and yellow on the dark app bar, drawn on every
 * focused control, and on MUI's visible box of a checkbox, radio or switch, whose own input is
 * invisible, and on the box of a text field. MUI's buttons and inputs remove the browser's outline,
 * so ButtonBase and InputBase draw it back.
 */
import { defaultTheme, type RaThemeOptions } from "react-admin";

const FOCUS = { outline: "3px solid #0b2f5c", outlineOffset: "2px" };
const FOCUS_ON_DARK = { outlineColor: "#ffbf47" };

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
    MuiButtonBase: {
      defaultProps: { disableRipple: false },
      styleOverrides: { root: { "&:focus-visible, &.Mui-focusVisible": FOCUS } },
    },
    MuiCssBaseline: {
      styleOverrides: {
        "*:focus-visible": FOCUS,
      },
    },
    // A text field, a select, a date: its focused input has no outline of its own (MUI), so the field's box gets it.
    MuiInputBase: { styleOverrides: { root: { "&.Mui-focused": FOCUS } } },
    MuiAppBar: {
      styleOverrides: {
        root: {
          "& :focus-visible, & .MuiButtonBase-root:focus-visible, & .MuiButtonBase-root.Mui-focusVisible":
            FOCUS_ON_DARK,
        },
      },
    },
  },
};
