import { defineTool } from "../define-tool.js";
import { roundSignificant } from "../shared/round-significant.js";

const planck = 6.62607015e-34;
const lightSpeed = 299792458;
const electronVolt = 1.602176634e-19;

/** Spectrum regions by upper wavelength bound in nanometres. */
const regions: readonly [number, string][] = [
  [0.01, "gamma ray"],
  [10, "x-ray"],
  [380, "ultraviolet"],
  [750, "visible"],
  [1e6, "infrared"],
  [1e9, "microwave"],
  [Number.POSITIVE_INFINITY, "radio"],
];

/** Frequency, energy and spectral region of light of a given wavelength. */
export const calculatePhotonEnergy = defineTool<{ wavelength_nm: number }>({
  name: "calculate_photon_energy",
  description:
    "Calculate the frequency and energy of a photon from its wavelength using E = h*c/lambda (exact SI constants). Returns the frequency in Hz, the energy in joules and electronvolts (5 significant digits) and the region of the electromagnetic spectrum.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      wavelength_nm: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Wavelength in nanometres (e.g. 532 for a green laser).",
      },
    },
    required: ["wavelength_nm"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      wavelength_nm: { type: "number" },
      frequency_hz: { type: "number" },
      energy_j: { type: "number" },
      energy_ev: { type: "number" },
      spectrum_region: { type: "string", enum: regions.map(([, name]) => name) },
    },
    required: ["wavelength_nm", "frequency_hz", "energy_j", "energy_ev", "spectrum_region"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { wavelength_nm: 500 },
      result: {
        wavelength_nm: 500,
        frequency_hz: 599580000000000,
        energy_j: 3.9729e-19,
        energy_ev: 2.4797,
        spectrum_region: "visible",
      },
    },
    {
      arguments: { wavelength_nm: 121.6 },
      result: {
        wavelength_nm: 121.6,
        frequency_hz: 2465400000000000,
        energy_j: 1.6336e-18,
        energy_ev: 10.196,
        spectrum_region: "ultraviolet",
      },
    },
  ],
  invalidExamples: [
    { arguments: { wavelength_nm: 0 }, error: "$.wavelength_nm must be > 0" },
    { arguments: { wavelength_nm: "500nm" }, error: "$.wavelength_nm must be number" },
  ],
  run: ({ wavelength_nm }) => {
    const metres = wavelength_nm * 1e-9;
    const energy = (planck * lightSpeed) / metres;
    const region = regions.find(([bound]) => wavelength_nm < bound)?.[1] ?? "radio";
    return {
      wavelength_nm,
      frequency_hz: roundSignificant(lightSpeed / metres, 5),
      energy_j: roundSignificant(energy, 5),
      energy_ev: roundSignificant(energy / electronVolt, 5),
      spectrum_region: region,
    };
  },
});
