import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

type Rgb = [number, number, number];

function parseColor(color: string): Rgb | undefined {
  const text = color.trim().toLowerCase();
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
    return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/.exec(text);
  if (rgb !== null) {
    const values = rgb.slice(1).map(Number) as Rgb;
    return values.every((v) => v <= 255) ? values : undefined;
  }
  const hsl = /^hsl\(\s*(\d{1,3}(?:\.\d+)?)\s*,\s*(\d{1,3}(?:\.\d+)?)%\s*,\s*(\d{1,3}(?:\.\d+)?)%\s*\)$/.exec(
    text,
  );
  if (hsl !== null) {
    const [h, s, l] = hsl.slice(1).map(Number) as Rgb;
    if (h >= 360 || s > 100 || l > 100) {
      return undefined;
    }
    const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
    const f = (n: number) => {
      const k = (n + h / 30) % 12;
      return Math.round(255 * (l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
    };
    return [f(0), f(8), f(4)];
  }
  return undefined;
}

function toHsl([r, g, b]: Rgb): Rgb {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) {
    return [0, 0, Math.round(l * 100)];
  }
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === rn ? ((gn - bn) / d + 6) % 6 : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return [Math.round(h * 60) % 360, Math.round(s * 100), Math.round(l * 100)];
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (l1: number, l2: number) =>
  roundTo((Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05), 2, { method: "decimal" });

/** Converts a CSS color between hex, RGB and HSL, with WCAG contrast against white and black. */
export const convertColorCode = defineTool<{ color: string }>({
  name: "convert_color_code",
  description:
    "Convert a CSS color given as hex ('#1e90ff', '#fff'), 'rgb(30, 144, 255)' or 'hsl(210, 100%, 56%)' into all three notations. Returns hex, RGB and HSL (rounded to whole numbers), the WCAG 2 contrast ratios against white and black (2 decimals), and which text color reads better on it.",
  category: "Tools",
  parameters: {
    type: "object",
    properties: {
      color: {
        type: "string",
        minLength: 3,
        maxLength: 40,
        description: "The color: '#RRGGBB', '#RGB', 'rgb(r, g, b)' or 'hsl(h, s%, l%)'.",
      },
    },
    required: ["color"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      hex: { type: "string", pattern: "^#[0-9a-f]{6}$" },
      rgb: { type: "array", items: { type: "integer", minimum: 0, maximum: 255 }, minItems: 3, maxItems: 3 },
      hsl: { type: "array", items: { type: "integer", minimum: 0, maximum: 359 }, minItems: 3, maxItems: 3 },
      contrast_with_white: { type: "number", minimum: 1, maximum: 21 },
      contrast_with_black: { type: "number", minimum: 1, maximum: 21 },
      best_text_color: { type: "string", enum: ["white", "black"] },
    },
    required: ["hex", "rgb", "hsl", "contrast_with_white", "contrast_with_black", "best_text_color"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { color: "#1E90FF" },
      result: {
        hex: "#1e90ff",
        rgb: [30, 144, 255],
        hsl: [210, 100, 56],
        contrast_with_white: 3.24,
        contrast_with_black: 6.49,
        best_text_color: "black",
      },
    },
    {
      arguments: { color: "rgb(128, 0, 0)" },
      result: {
        hex: "#800000",
        rgb: [128, 0, 0],
        hsl: [0, 100, 25],
        contrast_with_white: 10.95,
        contrast_with_black: 1.92,
        best_text_color: "white",
      },
    },
  ],
  invalidExamples: [
    { arguments: { color: "rgb(300, 0, 0)" }, error: "is not a color this tool reads" },
    { arguments: { color: "12" }, error: "$.color must NOT have fewer than 3 characters" },
  ],
  run: ({ color }) => {
    const rgb = parseColor(color);
    if (rgb === undefined) {
      throw new ToolArgumentError({
        message: `'${color}' is not a color this tool reads: use '#1e90ff', '#fff', 'rgb(30, 144, 255)' (0-255) or 'hsl(210, 100%, 56%)' (h < 360)`,
        argument: "color",
      });
    }
    const lum = luminance(rgb);
    const [white, black] = [contrast(1, lum), contrast(0, lum)];
    return {
      hex: `#${rgb.map((v) => v.toString(16).padStart(2, "0")).join("")}`,
      rgb,
      hsl: toHsl(rgb),
      contrast_with_white: white,
      contrast_with_black: black,
      best_text_color: white >= black ? "white" : "black",
    };
  },
});
