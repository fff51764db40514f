import type { BuiltinTool } from "../define-tool.js";
import { checkLuhnChecksum } from "./check-luhn-checksum.js";
import { checkPasswordStrength } from "./check-password-strength.js";
import { convertColorCode } from "./convert-color-code.js";
import { convertDurationFormat } from "./convert-duration-format.js";
import { convertMeasurementUnits } from "./convert-measurement-units.js";
import { convertTextCase } from "./convert-text-case.js";
import { convertTimeBetweenZones } from "./convert-time-between-zones.js";
import { generateSecurePassword } from "./generate-secure-password.js";
import { generateUuidV5 } from "./generate-uuid-v5.js";
import { spellWithNatoAlphabet } from "./spell-with-nato-alphabet.js";
import { testRegexPattern } from "./test-regex-pattern.js";
import { translateMorseCode } from "./translate-morse-code.js";

/** Built-in tools of the Tools category. */
export const utilityTools: readonly BuiltinTool[] = [
  convertMeasurementUnits,
  convertTimeBetweenZones,
  checkPasswordStrength,
  translateMorseCode,
  spellWithNatoAlphabet,
  testRegexPattern,
  generateUuidV5,
  generateSecurePassword,
  convertColorCode,
  checkLuhnChecksum,
  convertTextCase,
  convertDurationFormat,
];
