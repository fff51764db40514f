import { z } from "zod";
import { parseBody, readBody, sendError, sendJson } from "./http-io.js";
import { canWrite, type HubCall } from "./hub-context.js";
import type { HubRepoType } from "./hub-stand-in-types.js";
import { applyCommit, createStoredRepo, repoKey } from "./hub-store.js";

const createBodySchema = z.object({
  name: z.string().min(1),
  organization: z.string().optional(),
  type: z.enum(["model", "dataset", "space"]).optional(),
  private: z.boolean().optional(),
  visibility: z.enum(["public", "private", "protected"]).optional(),
  files: z
    .array(
      z.object({ path: z.string(), content: z.string(), encoding: z.enum(["base64", "utf-8"]).optional() }),
    )
    .optional(),
});

/** `GET /api/whoami-v2`: the user of a valid token; 401 otherwise. */
export function handleWhoAmI(call: HubCall): void {
  const { context, authorization, response } = call;
  if (authorization !== "valid") {
    sendError(response, 401, "Invalid credentials in Authorization header");
    return;
  }
  sendJson(response, 200, {
    type: "user",
    id: `id-${context.user}`,
    name: context.user,
    fullname: context.user,
    email: `${context.user}@example.invalid`,
    emailVerified: true,
    isPro: false,
    canPay: false,
    avatarUrl: `${context.url}/avatars/${context.user}.png`,
    periodEnd: null,
    billingMode: "prepaid",
    orgs: context.orgs.map((org) => ({
      type: "org",
      id: `id-${org}`,
      name: org,
      fullname: org,
      email: null,
      canPay: false,
      avatarUrl: `${context.url}/avatars/${org}.png`,
      periodEnd: null,
    })),
    auth: {
      type: "access_token",
      accessToken: { displayName: "hub-stand-in", role: "write", createdAt: new Date(0).toISOString() },
    },
  });
}

/** `POST /api/repos/create`: 409 when it exists, 403 outside the user's namespaces. */
export async function handleCreateRepo(call: HubCall): Promise<void> {
  const { context, authorization, request, response } = call;
  if (authorization !== "valid") {
    sendError(response, 401, "Invalid credentials in Authorization header");
    return;
  }
  const body = parseBody(new TextDecoder().decode(await readBody(request)), createBodySchema);
  if (body === undefined) {
    sendError(response, 400, "Invalid create-repo payload");
    return;
  }
  const namespace = body.organization ?? context.user;
  const type: HubRepoType = body.type ?? "model";
  const name = `${namespace}/${body.name}`;
  if (!canWrite(context, namespace)) {
    sendError(response, 403, `You don't have the rights to create a repo under ${namespace}`);
    return;
  }
  const url = `${context.url}/${type === "model" ? "" : `${type}s/`}${name}`;
  if (context.repos.has(repoKey(type, name))) {
    sendJson(response, 409, { error: `You already created this ${type} repo`, url });
    return;
  }
  const isPrivate = body.visibility === undefined ? (body.private ?? false) : body.visibility !== "public";
  const repo = createStoredRepo(type, name, isPrivate);
  if (body.files !== undefined && body.files.length > 0) {
    applyCommit(repo, {
      title: "Upload files at creation",
      description: "",
      operations: body.files.map((file) => ({
        kind: "file" as const,
        path: file.path,
        content:
          file.encoding === "base64"
            ? new Uint8Array(Buffer.from(file.content, "base64"))
            : Buffer.from(file.content),
      })),
    });
  }
  context.repos.set(repoKey(type, name), repo);
  sendJson(response, 200, { url, name, id: `id-${type}-${name}` });
}

/** `DELETE /api/repos/delete`: removes a repository of the user. */
export async function handleDeleteRepo(call: HubCall): Promise<void> {
  const { context, authorization, request, response } = call;
  const body = parseBody(new TextDecoder().decode(await readBody(request)), createBodySchema);
  if (authorization !== "valid" || body === undefined) {
    sendError(response, authorization === "valid" ? 400 : 401, "Cannot delete the repo");
    return;
  }
  const namespace = body.organization ?? context.user;
  const key = repoKey(body.type ?? "model", `${namespace}/${body.name}`);
  if (!canWrite(context, namespace) || !context.repos.delete(key)) {
    sendError(response, 404, "Repository not found", "RepoNotFound");
    return;
  }
  sendJson(response, 200, {});
}
