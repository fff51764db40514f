import type { BuiltinTool } from "../define-tool.js";
import { bumpSemanticVersion } from "./bump-semantic-version.js";
import { calculateIpv4Subnet } from "./calculate-ipv4-subnet.js";
import { checkIpInCidrRanges } from "./check-ip-in-cidr-ranges.js";
import { checkSemverRange } from "./check-semver-range.js";
import { compareSemanticVersions } from "./compare-semantic-versions.js";
import { convertDataSize } from "./convert-data-size.js";
import { estimateDownloadTime } from "./estimate-download-time.js";
import { expandIpv6Address } from "./expand-ipv6-address.js";
import { getCoordinateByIpAddress } from "./get-coordinate-by-ip-address.js";
import { getCronNextRuns } from "./get-cron-next-runs.js";
import { getHttpStatusInfo } from "./get-http-status-info.js";
import { getPortServiceInfo } from "./get-port-service-info.js";
import { getZipcodeByIpAddress } from "./get-zipcode-by-ip-address.js";
import { parseUrl } from "./parse-url.js";
import { parseUserAgent } from "./parse-user-agent.js";

/** Built-in tools of the Technology category. */
export const technologyTools: readonly BuiltinTool[] = [
  calculateIpv4Subnet,
  checkIpInCidrRanges,
  expandIpv6Address,
  compareSemanticVersions,
  bumpSemanticVersion,
  checkSemverRange,
  parseUrl,
  parseUserAgent,
  getHttpStatusInfo,
  getPortServiceInfo,
  getCronNextRuns,
  convertDataSize,
  estimateDownloadTime,
  // BFCL's executable functions, under their BFCL names and parameters
  getZipcodeByIpAddress,
  getCoordinateByIpAddress,
];
