import { defineTool } from "../define-tool.js";

const browsers: [string, RegExp][] = [
  ["Googlebot", /Googlebot\/([\d.]+)/],
  ["Bingbot", /bingbot\/([\d.]+)/],
  ["curl", /^curl\/([\d.]+)/],
  ["python-requests", /python-requests\/([\d.]+)/],
  ["Microsoft Edge", /Edg(?:e|A|iOS)?\/([\d.]+)/],
  ["Opera", /OPR\/([\d.]+)/],
  ["Samsung Internet", /SamsungBrowser\/([\d.]+)/],
  ["Firefox", /(?:Firefox|FxiOS)\/([\d.]+)/],
  ["Chrome", /(?:Chrome|CriOS)\/([\d.]+)/],
  ["Safari", /Version\/([\d.]+).*Safari\//],
  ["Internet Explorer", /(?:MSIE |Trident\/.*rv:)([\d.]+)/],
];

function operatingSystem(ua: string): { name: string; version: string | null } {
  const found = (name: string, pattern: RegExp) => {
    const match = pattern.exec(ua);
    return match === null ? null : { name, version: match[1]?.replaceAll("_", ".") ?? null };
  };
  return (
    found("iOS", /(?:iPhone|iPad|iPod).*?OS (\d+(?:_\d+)*)/) ??
    found("Android", /Android (\d+(?:\.\d+)*)/) ??
    found("ChromeOS", /CrOS \S+ ([\d.]+)/) ??
    found("Windows", /Windows NT (\d+\.\d+)/) ??
    found("macOS", /Mac OS X (\d+(?:[._]\d+)*)/) ??
    found("Linux", /Linux()/) ?? { name: "unknown", version: null }
  );
}

const windowsNames: Record<string, string> = {
  "10.0": "10/11",
  "6.3": "8.1",
  "6.2": "8",
  "6.1": "7",
  "6.0": "Vista",
  "5.1": "XP",
};

/** Browser, OS and device class from a User-Agent header. */
export const parseUserAgent = defineTool<{ user_agent: string }>({
  name: "parse_user_agent",
  description:
    'Parse an HTTP User-Agent string into browser name and version, operating system and version, device type (desktop, mobile, tablet or bot) and whether it is a known crawler or command-line client. Windows NT 10.0 is reported as "10/11" because both send it.',
  category: "Technology",
  parameters: {
    type: "object",
    properties: {
      user_agent: {
        type: "string",
        minLength: 1,
        maxLength: 1000,
        description: "The User-Agent header value.",
      },
    },
    required: ["user_agent"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      browser: { type: "string" },
      browser_version: { type: ["string", "null"] },
      os: { type: "string" },
      os_version: { type: ["string", "null"] },
      device_type: { type: "string", enum: ["desktop", "mobile", "tablet", "bot"] },
      is_bot: { type: "boolean" },
    },
    required: ["browser", "browser_version", "os", "os_version", "device_type", "is_bot"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        user_agent:
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51",
      },
      result: {
        browser: "Microsoft Edge",
        browser_version: "124.0.2478.51",
        os: "Windows",
        os_version: "10/11",
        device_type: "desktop",
        is_bot: false,
      },
    },
    {
      arguments: {
        user_agent:
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
      },
      result: {
        browser: "Safari",
        browser_version: "17.4",
        os: "iOS",
        os_version: "17.4",
        device_type: "mobile",
        is_bot: false,
      },
    },
    {
      arguments: { user_agent: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" },
      result: {
        browser: "Googlebot",
        browser_version: "2.1",
        os: "unknown",
        os_version: null,
        device_type: "bot",
        is_bot: true,
      },
    },
  ],
  invalidExamples: [
    { arguments: { user_agent: "" }, error: "$.user_agent must NOT have fewer than 1 characters" },
    { arguments: {}, error: "missing required argument 'user_agent'" },
  ],
  run: ({ user_agent }) => {
    let browser = "unknown";
    let version: string | null = null;
    for (const [name, pattern] of browsers) {
      const match = pattern.exec(user_agent);
      if (match !== null) {
        browser = name;
        version = match[1] ?? null;
        break;
      }
    }
    const os = operatingSystem(user_agent);
    const isBot =
      ["Googlebot", "Bingbot", "curl", "python-requests"].includes(browser) ||
      /bot|crawler|spider/i.test(user_agent);
    const tablet = /iPad|Tablet/.test(user_agent) || (os.name === "Android" && !/Mobile/.test(user_agent));
    const mobile = /Mobile|iPhone|iPod/.test(user_agent);
    return {
      browser,
      browser_version: version,
      os: os.name,
      os_version:
        os.name === "Windows" && os.version !== null
          ? (windowsNames[os.version] ?? os.version)
          : os.version === ""
            ? null
            : os.version,
      device_type: isBot ? "bot" : tablet ? "tablet" : mobile ? "mobile" : "desktop",
      is_bot: isBot,
    };
  },
});
