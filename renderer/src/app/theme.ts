import { createTheme, darken, defaultVariantColorsResolver, parseThemeColor, type MantineColorsTuple, type VariantColorsResolver } from '@mantine/core';

/** Flemish-government blue (links, primary buttons); white text on shade 7 has a contrast of 6.9:1. */
const vlaanderenBlauw: MantineColorsTuple = [
  '#e8f0fb', '#d0e1f7', '#a3c3ef', '#75a4e6', '#4886dd', '#2b73d6', '#0d62cf', '#0055cc', '#00479f', '#003a80',
];

/** Accent yellow #FFE615, used sparingly (header rule, current navigation item, skip link). */
const vlaanderenGeel: MantineColorsTuple = [
  '#fffde5', '#fff9c2', '#fff38a', '#ffee52', '#ffea2e', '#ffe615', '#e6cf00', '#b3a100', '#807300', '#4d4500',
];

/**
 * Light variants (status badges, alert titles) print their text in the colour's darkest shade, darkened further so
 * small text keeps WCAG AA contrast (4.5:1) on the light background (Mantine's green 9 on green 1 gives 3.8:1); so do
 * outline and subtle buttons in a colour other than the primary blue.
 */
const kleurResolver: VariantColorsResolver = (input) => {
  const standaard = defaultVariantColorsResolver(input);
  const p = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!p.isThemeColor || !input.theme.colors[p.color]) return standaard;
  const donker = darken(input.theme.colors[p.color][9], 0.3);
  if (input.variant === 'light') return { ...standaard, color: donker, hoverColor: donker };
  // Outline and subtle buttons in a signal colour (orange "vervangen", red "opheffen") print their text on white:
  // Mantine's shade 6 orange gives 2.6:1; the darkened shade 9 keeps 4.5:1. The primary blue (6.9:1) stays as it is.
  if ((input.variant === 'outline' || input.variant === 'subtle') && p.color !== input.theme.primaryColor) {
    return { ...standaard, color: donker, hoverColor: donker, border: input.variant === 'outline' ? `1px solid ${donker}` : standaard.border };
  }
  return standaard;
};

export const theme = createTheme({
  variantColorResolver: kleurResolver,
  primaryColor: 'blauw',
  primaryShade: 7,
  colors: { blauw: vlaanderenBlauw, geel: vlaanderenGeel },
  black: '#1d1d1b',
  fontFamily: '"Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontFamily: '"Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif', fontWeight: '600' },
  defaultRadius: 'xs',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // Links inside text are recognisable without colour (WCAG 1.4.1, axe link-in-text-block).
    Anchor: { defaultProps: { underline: 'always' } },
    // Help text under the input: inputs in one row stay aligned whether or not a field has help text.
    TextInput: { defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] } },
    NativeSelect: { defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] } },
    Textarea: { defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] } },
  },
});
