/** Nutrients per 100 g of edible portion. */
export interface Food {
  name: string;
  kcal: number;
  proteinG: number;
  fatG: number;
  carbohydrateG: number;
  fiberG: number;
  sugarsG: number;
}

/** 32 common foods with approximate values per 100 g, rounded from USDA FoodData Central (SR Legacy). */
const rows: readonly [string, number, number, number, number, number, number][] = [
  ["apple", 52, 0.3, 0.2, 13.8, 2.4, 10.4],
  ["banana", 89, 1.1, 0.3, 22.8, 2.6, 12.2],
  ["orange", 47, 0.9, 0.1, 11.8, 2.4, 9.4],
  ["strawberries", 32, 0.7, 0.3, 7.7, 2, 4.9],
  ["blueberries", 57, 0.7, 0.3, 14.5, 2.4, 10],
  ["avocado", 160, 2, 14.7, 8.5, 6.7, 0.7],
  ["broccoli", 34, 2.8, 0.4, 6.6, 2.6, 1.7],
  ["spinach", 23, 2.9, 0.4, 3.6, 2.2, 0.4],
  ["carrot", 41, 0.9, 0.2, 9.6, 2.8, 4.7],
  ["tomato", 18, 0.9, 0.2, 3.9, 1.2, 2.6],
  ["potato", 77, 2, 0.1, 17.5, 2.2, 0.8],
  ["sweet potato", 86, 1.6, 0.1, 20.1, 3, 4.2],
  ["white rice, cooked", 130, 2.7, 0.3, 28.2, 0.4, 0.1],
  ["brown rice, cooked", 123, 2.7, 1, 25.6, 1.6, 0.2],
  ["quinoa, cooked", 120, 4.4, 1.9, 21.3, 2.8, 0.9],
  ["pasta, cooked", 158, 5.8, 0.9, 30.9, 1.8, 0.6],
  ["rolled oats", 379, 13.2, 6.5, 67.7, 10.1, 1],
  ["whole wheat bread", 252, 12.4, 3.5, 42.7, 6, 4.4],
  ["chicken breast, roasted", 165, 31, 3.6, 0, 0, 0],
  ["salmon, raw", 208, 20.4, 13.4, 0, 0, 0],
  ["egg", 143, 12.6, 9.5, 0.7, 0, 0.4],
  ["ground beef 85% lean, raw", 215, 18.6, 15, 0, 0, 0],
  ["tofu, firm", 144, 17.3, 8.7, 2.8, 2.3, 0.6],
  ["lentils, cooked", 116, 9, 0.4, 20.1, 7.9, 1.8],
  ["chickpeas, cooked", 164, 8.9, 2.6, 27.4, 7.6, 4.8],
  ["almonds", 579, 21.2, 49.9, 21.6, 12.5, 4.4],
  ["peanut butter", 588, 25.1, 50.4, 19.6, 6, 9.2],
  ["whole milk", 61, 3.2, 3.3, 4.8, 0, 5.1],
  ["greek yogurt, plain nonfat", 59, 10.2, 0.4, 3.6, 0, 3.2],
  ["cheddar cheese", 403, 24.9, 33.1, 1.3, 0, 0.5],
  ["butter", 717, 0.9, 81.1, 0.1, 0, 0.1],
  ["olive oil", 884, 0, 100, 0, 0, 0],
];

export const foods: readonly Food[] = rows.map(
  ([name, kcal, proteinG, fatG, carbohydrateG, fiberG, sugarsG]) => ({
    name,
    kcal,
    proteinG,
    fatG,
    carbohydrateG,
    fiberG,
    sugarsG,
  }),
);
