import { z } from "zod";

/**
 * The 21 API categories of APIGen, with each one's share (percent) of the paper's 3,673-API library. Samplers
 * use the shares as default weights; a user's own categories are plain strings beside these.
 */
export const apigenCategoryShares = {
  Finance: 11.7,
  Data: 11.1,
  Sports: 9.0,
  Travel: 8.1,
  Technology: 7.9,
  Social: 6.9,
  Media: 5.6,
  Entertainment: 4.7,
  Tools: 3.8,
  Math: 3.7,
  Business: 3.2,
  Music: 3.0,
  Gaming: 3.0,
  Commerce: 2.9,
  Environment: 2.7,
  Education: 2.5,
  Communication: 2.4,
  Lifestyle: 2.2,
  Health: 2.1,
  Other: 1.8,
  Science: 1.6,
} as const;

/** One of the 21 APIGen categories. */
export type ApigenCategory = keyof typeof apigenCategoryShares;

/** The 21 APIGen categories, largest share first. */
export const apigenCategories = Object.keys(apigenCategoryShares) as ApigenCategory[];

/** Validates an {@link ApigenCategory}. */
export const apigenCategorySchema = z.enum(apigenCategories as [ApigenCategory, ...ApigenCategory[]]);
