/** An HTTP status code with its reason phrase (RFC 9110 and companions) and meaning. */
export interface HttpStatusRecord {
  code: number;
  reason: string;
  description: string;
  /** Whether a client may reasonably retry the same request later. */
  retryable: boolean;
}

const s = (code: number, reason: string, description: string, retryable = false): HttpStatusRecord => ({
  code,
  reason,
  description,
  retryable,
});

/** 45 registered HTTP status codes. */
export const httpStatuses: readonly HttpStatusRecord[] = [
  s(100, "Continue", "The server received the request headers; the client should send the body."),
  s(
    101,
    "Switching Protocols",
    "The server is switching to the protocol named in the Upgrade header, e.g. WebSocket.",
  ),
  s(103, "Early Hints", "Preliminary headers (such as Link preload hints) sent before the final response."),
  s(200, "OK", "The request succeeded."),
  s(
    201,
    "Created",
    "The request succeeded and a new resource was created, usually named by the Location header.",
  ),
  s(202, "Accepted", "The request was accepted for processing, which has not finished yet."),
  s(204, "No Content", "The request succeeded and there is no body to return."),
  s(206, "Partial Content", "The body holds only the byte ranges asked for with a Range header."),
  s(301, "Moved Permanently", "The resource has a new permanent URL given in the Location header."),
  s(302, "Found", "The resource is temporarily at the URL in the Location header."),
  s(303, "See Other", "The response is found at another URL, to be fetched with GET."),
  s(304, "Not Modified", "The cached copy is still valid; no body is sent."),
  s(307, "Temporary Redirect", "Repeat the request at the Location URL with the same method and body."),
  s(
    308,
    "Permanent Redirect",
    "The resource moved permanently; repeat the request with the same method and body.",
  ),
  s(400, "Bad Request", "The server cannot process the request because it is malformed."),
  s(401, "Unauthorized", "Authentication is required or the credentials given are invalid."),
  s(402, "Payment Required", "Reserved; some APIs use it when payment or a higher plan is needed."),
  s(403, "Forbidden", "The server understood the request but refuses to authorise it."),
  s(404, "Not Found", "The server has no resource at this URL."),
  s(405, "Method Not Allowed", "The resource does not support this HTTP method; see the Allow header."),
  s(406, "Not Acceptable", "No representation matches the Accept headers of the request."),
  s(408, "Request Timeout", "The server timed out waiting for the request.", true),
  s(409, "Conflict", "The request conflicts with the current state of the resource, e.g. an edit conflict."),
  s(410, "Gone", "The resource was removed permanently and will not return."),
  s(411, "Length Required", "The request needs a Content-Length header."),
  s(412, "Precondition Failed", "A conditional header such as If-Match did not hold."),
  s(413, "Content Too Large", "The request body is larger than the server accepts."),
  s(414, "URI Too Long", "The request URL is longer than the server accepts."),
  s(415, "Unsupported Media Type", "The server does not accept the body's Content-Type."),
  s(416, "Range Not Satisfiable", "The requested byte range lies outside the resource."),
  s(418, "I'm a teapot", "An April Fools' code from RFC 2324, reserved and sometimes used for jokes."),
  s(421, "Misdirected Request", "The request reached a server that cannot answer for this host."),
  s(422, "Unprocessable Content", "The body is well-formed but its content fails validation."),
  s(425, "Too Early", "The server will not process a request that might be replayed.", true),
  s(426, "Upgrade Required", "The client must switch to another protocol, named in the Upgrade header."),
  s(428, "Precondition Required", "The server requires a conditional request, e.g. with If-Match."),
  s(429, "Too Many Requests", "The client sent too many requests in a given time; see Retry-After.", true),
  s(431, "Request Header Fields Too Large", "The request headers are too large."),
  s(451, "Unavailable For Legal Reasons", "The resource is blocked for legal reasons."),
  s(500, "Internal Server Error", "The server hit an unexpected condition.", true),
  s(501, "Not Implemented", "The server does not support the functionality needed."),
  s(502, "Bad Gateway", "A gateway or proxy got an invalid response from the upstream server.", true),
  s(503, "Service Unavailable", "The server is overloaded or down for maintenance; see Retry-After.", true),
  s(504, "Gateway Timeout", "A gateway or proxy did not get a timely response from upstream.", true),
  s(505, "HTTP Version Not Supported", "The server does not support the HTTP version of the request."),
];
