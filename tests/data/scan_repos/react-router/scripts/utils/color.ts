export let colors = {
  // Regular colors
  black: "\x1b[30m",
  red: "\x1b[31m",
  green: "\x1b[32m",
  yellow: "\x1b[33m",
  blue: "\x1b[34m",
  magenta: "\x1b[35m",
  cyan: "\x1b[36m",
  white: "\x1b[37m",

  // Bright colors
  gray: "\x1b[90m",
  lightRed: "\x1b[91m",
  lightGreen: "\x1b[92m",
  lightYellow: "\x1b[93m",
  lightBlue: "\x1b[94m",
  lightMagenta: "\x1b[95m",
  lightCyan: "\x1b[96m",
  lightWhite: "\x1b[97m",

  // Styles
  bold: "\x1b[1m",
  dim: "\x1b[2m",
  underline: "\x1b[4m",

  reset: "\x1b[0m",
};

export function colorize(text: string, color: string): string {
  if (process.env.NO_COLOR) {
    return text;
  }
  return `${color}${text}${colors.reset}`;
}
