/** One job the stand-in holds. */
export interface JobsStandInJob {
  id: string;
  namespace: string;
  /** The request body of `POST /api/jobs/:namespace`, as received. */
  request: Record<string, unknown>;
  stage: string;
  message: string | null;
  logs: string[];
}

/** The flavors `GET /api/jobs/hardware` lists. */
export const jobsStandInHardware = [
  {
    name: "cpu-basic",
    prettyName: "CPU basic",
    cpu: "2 vCPU",
    ram: "16 GB",
    accelerator: null,
    unitCostMicroUSD: 28,
    unitCostUSD: 0.000028,
    unitLabel: "minute",
  },
  {
    name: "a100-large",
    prettyName: "Nvidia A100 - large",
    cpu: "12 vCPU",
    ram: "142 GB",
    accelerator: { type: "gpu", model: "A100", quantity: "1", vram: "80 GB", manufacturer: "Nvidia" },
    unitCostMicroUSD: 41667,
    unitCostUSD: 0.041667,
    unitLabel: "minute",
  },
];

/** A job as `GET /api/jobs/:ns/:id` answers it (secret names only, never values). */
export function viewJob(job: JobsStandInJob) {
  return {
    type: "job",
    id: job.id,
    status: { stage: job.stage, message: job.message, failureCount: 0 },
    createdAt: "2026-01-01T00:00:00.000Z",
    dockerImage: job.request.dockerImage ?? null,
    command: job.request.command ?? null,
    environment: job.request.environment ?? {},
    secrets: Object.keys((job.request.secrets as Record<string, string> | undefined) ?? {}),
    flavor: job.request.flavor,
    labels: job.request.labels ?? null,
  };
}
