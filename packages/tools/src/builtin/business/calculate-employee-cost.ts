import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  annual_salary: number;
  employer_tax_percent?: number;
  benefits_per_year?: number;
  bonus_percent?: number;
  equipment_and_overhead_per_year?: number;
  paid_hours_per_year?: number;
}

/** Fully loaded yearly, monthly and hourly cost of an employee to the employer. */
export const calculateEmployeeCost = defineTool<Args>({
  name: "calculate_employee_cost",
  description:
    "Calculate what an employee costs the employer per year: salary, target bonus, employer payroll taxes on salary and bonus, benefits, and equipment and overhead. Returns each component, the fully loaded annual, monthly and hourly cost and the multiplier over base salary (2 decimals).",
  category: "Business",
  parameters: {
    type: "object",
    properties: {
      annual_salary: { type: "number", exclusiveMinimum: 0, description: "Gross base salary per year." },
      employer_tax_percent: {
        type: "number",
        minimum: 0,
        maximum: 60,
        default: 7.65,
        description: "Employer payroll tax rate on pay, in percent. Default 7.65 (US FICA).",
      },
      benefits_per_year: {
        type: "number",
        minimum: 0,
        default: 0,
        description: "Health insurance, pension contributions and other benefits per year. Default 0.",
      },
      bonus_percent: {
        type: "number",
        minimum: 0,
        maximum: 200,
        default: 0,
        description: "Target bonus as a percent of salary. Default 0.",
      },
      equipment_and_overhead_per_year: {
        type: "number",
        minimum: 0,
        default: 0,
        description: "Laptop, software, desk space and similar per year. Default 0.",
      },
      paid_hours_per_year: {
        type: "integer",
        minimum: 1000,
        maximum: 3000,
        default: 2080,
        description: "Paid hours per year for the hourly figure. Default 2080 (52 x 40).",
      },
    },
    required: ["annual_salary"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      components: {
        type: "object",
        properties: {
          salary: { type: "number" },
          bonus: { type: "number" },
          employer_taxes: { type: "number" },
          benefits: { type: "number" },
          equipment_and_overhead: { type: "number" },
        },
        required: ["salary", "bonus", "employer_taxes", "benefits", "equipment_and_overhead"],
        additionalProperties: false,
      },
      annual_cost: { type: "number" },
      monthly_cost: { type: "number" },
      hourly_cost: { type: "number" },
      multiplier_over_salary: { type: "number" },
    },
    required: ["components", "annual_cost", "monthly_cost", "hourly_cost", "multiplier_over_salary"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        annual_salary: 100000,
        bonus_percent: 10,
        benefits_per_year: 12000,
        equipment_and_overhead_per_year: 6000,
      },
      result: {
        components: {
          salary: 100000,
          bonus: 10000,
          employer_taxes: 8415,
          benefits: 12000,
          equipment_and_overhead: 6000,
        },
        annual_cost: 136415,
        monthly_cost: 11367.92,
        hourly_cost: 65.58,
        multiplier_over_salary: 1.36,
      },
    },
    {
      arguments: { annual_salary: 52000, employer_tax_percent: 20.7, paid_hours_per_year: 1720 },
      result: {
        components: {
          salary: 52000,
          bonus: 0,
          employer_taxes: 10764,
          benefits: 0,
          equipment_and_overhead: 0,
        },
        annual_cost: 62764,
        monthly_cost: 5230.33,
        hourly_cost: 36.49,
        multiplier_over_salary: 1.21,
      },
    },
  ],
  invalidExamples: [
    { arguments: { annual_salary: -5 }, error: "$.annual_salary must be > 0" },
    {
      arguments: { annual_salary: 50000, employer_tax_percent: 75 },
      error: "$.employer_tax_percent must be <= 60",
    },
  ],
  run: ({
    annual_salary: salary,
    employer_tax_percent: taxRate = 7.65,
    benefits_per_year: benefits = 0,
    bonus_percent: bonusRate = 0,
    equipment_and_overhead_per_year: overhead = 0,
    paid_hours_per_year: hours = 2080,
  }) => {
    const bonus = roundTo((salary * bonusRate) / 100, 2, { method: "decimal" });
    const taxes = roundTo(((salary + bonus) * taxRate) / 100, 2, { method: "decimal" });
    const annual = roundTo(salary + bonus + taxes + benefits + overhead, 2, { method: "decimal" });
    return {
      components: {
        salary: roundTo(salary, 2, { method: "decimal" }),
        bonus,
        employer_taxes: taxes,
        benefits: roundTo(benefits, 2, { method: "decimal" }),
        equipment_and_overhead: roundTo(overhead, 2, { method: "decimal" }),
      },
      annual_cost: annual,
      monthly_cost: roundTo(annual / 12, 2, { method: "decimal" }),
      hourly_cost: roundTo(annual / hours, 2, { method: "decimal" }),
      multiplier_over_salary: roundTo(annual / salary, 2, { method: "decimal" }),
    };
  },
});
