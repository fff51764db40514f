/**
 * Global average water footprints of products in litres per kg (green + blue + grey water), after Mekonnen &
 * Hoekstra (2010-2012, Water Footprint Network).
 */
export const waterFootprints: Record<string, number> = {
  beef: 15415,
  sheep_meat: 10412,
  pork: 5988,
  chicken: 4325,
  eggs: 3265,
  milk: 1020,
  cheese: 3178,
  butter: 5553,
  rice: 2497,
  wheat_bread: 1608,
  pasta: 1849,
  potatoes: 287,
  tomatoes: 214,
  apples: 822,
  bananas: 790,
  oranges: 560,
  coffee_roasted: 18925,
  chocolate: 17196,
};
