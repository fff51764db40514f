import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  width: number;
  height: number;
  max_width: number;
  max_height: number;
  mode?: "contain" | "cover";
  allow_upscale?: boolean;
}

/** New pixel size of an image resized to fit inside, or fill, a box while keeping its aspect ratio. */
export const fitImageDimensions = defineTool<Args>({
  name: "fit_image_dimensions",
  description:
    "Compute the size of an image resized into a target box while keeping its aspect ratio: 'contain' fits the whole image inside the box, 'cover' fills the box and crops the overflow evenly from both sides. Returns the resized size in whole pixels, the scale factor (4 decimals) and, for cover, the crop rectangle.",
  category: "Media",
  parameters: {
    type: "object",
    properties: {
      width: { type: "integer", minimum: 1, maximum: 100000, description: "Original width in pixels." },
      height: { type: "integer", minimum: 1, maximum: 100000, description: "Original height in pixels." },
      max_width: {
        type: "integer",
        minimum: 1,
        maximum: 100000,
        description: "Width of the target box in pixels.",
      },
      max_height: {
        type: "integer",
        minimum: 1,
        maximum: 100000,
        description: "Height of the target box in pixels.",
      },
      mode: {
        type: "string",
        enum: ["contain", "cover"],
        default: "contain",
        description: "'contain' (letterbox) or 'cover' (fill and crop). Default 'contain'.",
      },
      allow_upscale: {
        type: "boolean",
        default: false,
        description: "Allow enlarging images smaller than the box. Default false.",
      },
    },
    required: ["width", "height", "max_width", "max_height"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      resized_width: { type: "integer", minimum: 1 },
      resized_height: { type: "integer", minimum: 1 },
      scale: { type: "number", exclusiveMinimum: 0 },
      crop: {
        type: "object",
        description: "Region of the resized image kept (cover mode only).",
        properties: {
          x: { type: "integer", minimum: 0 },
          y: { type: "integer", minimum: 0 },
          width: { type: "integer", minimum: 1 },
          height: { type: "integer", minimum: 1 },
        },
        required: ["x", "y", "width", "height"],
        additionalProperties: false,
      },
    },
    required: ["resized_width", "resized_height", "scale"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { width: 4000, height: 3000, max_width: 1920, max_height: 1080 },
      result: { resized_width: 1440, resized_height: 1080, scale: 0.36 },
    },
    {
      arguments: { width: 4000, height: 3000, max_width: 1920, max_height: 1080, mode: "cover" },
      result: {
        resized_width: 1920,
        resized_height: 1440,
        scale: 0.48,
        crop: { x: 0, y: 180, width: 1920, height: 1080 },
      },
    },
    {
      arguments: { width: 800, height: 600, max_width: 1920, max_height: 1080 },
      result: { resized_width: 800, resized_height: 600, scale: 1 },
    },
  ],
  invalidExamples: [
    {
      arguments: { width: 800, height: 600, max_width: 1920, max_height: 1080, mode: "cover" },
      error: "set allow_upscale to true",
    },
    {
      arguments: { width: 800, height: 600, max_width: 1920, max_height: 1080, mode: "stretch" },
      error: "$.mode must be one of",
    },
  ],
  run: ({
    width,
    height,
    max_width: boxWidth,
    max_height: boxHeight,
    mode = "contain",
    allow_upscale: upscale = false,
  }) => {
    const fit = Math.min(boxWidth / width, boxHeight / height);
    const fill = Math.max(boxWidth / width, boxHeight / height);
    if (mode === "contain") {
      const scale = upscale ? fit : Math.min(fit, 1);
      return {
        resized_width: Math.max(1, Math.round(width * scale)),
        resized_height: Math.max(1, Math.round(height * scale)),
        scale: roundTo(scale, 4, { method: "decimal" }),
      };
    }
    if (fill > 1 && !upscale) {
      throw new ToolArgumentError({
        message: `a ${width}x${height} image must be enlarged ${roundTo(fill, 4, { method: "decimal" })}x to cover ${boxWidth}x${boxHeight}; set allow_upscale to true or use mode 'contain'`,
        argument: "allow_upscale",
      });
    }
    const resizedWidth = Math.max(boxWidth, Math.round(width * fill));
    const resizedHeight = Math.max(boxHeight, Math.round(height * fill));
    return {
      resized_width: resizedWidth,
      resized_height: resizedHeight,
      scale: roundTo(fill, 4, { method: "decimal" }),
      crop: {
        x: Math.floor((resizedWidth - boxWidth) / 2),
        y: Math.floor((resizedHeight - boxHeight) / 2),
        width: boxWidth,
        height: boxHeight,
      },
    };
  },
});
