import type { Example } from "../../schemas/example.js";
import type { ExecutionRecord } from "../../schemas/execution-record.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";

/**
 * The example's execution records, after checking that each names a call of `answers` by index: chat
 * formats write results after the calls they answer, so a record of a call that does not exist has no place.
 */
export function checkedExecutions(example: Example, context: ConversionContext): ExecutionRecord[] {
  const executions = example.provenance?.executions ?? [];
  executions.forEach((record, index) => {
    if (!Number.isInteger(record.call) || record.call < 0 || record.call >= example.answers.length) {
      throw conversionError(
        { ...context, field: `provenance.executions[${index}].call` },
        `names call ${record.call} but the row has ${example.answers.length} calls`,
      );
    }
  });
  return executions;
}
