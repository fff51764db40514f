export type Cuisine =
  | "italian"
  | "mexican"
  | "indian"
  | "chinese"
  | "japanese"
  | "thai"
  | "american"
  | "mediterranean"
  | "french";
export type Diet = "vegetarian" | "vegan" | "gluten_free" | "dairy_free";

/** A recipe in the simulated recipe catalogue. */
export interface Recipe {
  name: string;
  cuisine: Cuisine;
  totalMinutes: number;
  servings: number;
  caloriesPerServing: number;
  diets: Diet[];
  ingredients: string[];
}

/** 24 well-known home-cooking recipes with their main ingredients (pantry staples like salt, pepper and oil omitted). */
export const recipes: readonly Recipe[] = [
  {
    name: "Spaghetti Carbonara",
    cuisine: "italian",
    totalMinutes: 25,
    servings: 4,
    caloriesPerServing: 620,
    diets: [],
    ingredients: ["spaghetti", "eggs", "pecorino", "guanciale", "black pepper"],
  },
  {
    name: "Margherita Pizza",
    cuisine: "italian",
    totalMinutes: 90,
    servings: 2,
    caloriesPerServing: 780,
    diets: ["vegetarian"],
    ingredients: ["flour", "yeast", "tomato", "mozzarella", "basil"],
  },
  {
    name: "Mushroom Risotto",
    cuisine: "italian",
    totalMinutes: 45,
    servings: 4,
    caloriesPerServing: 480,
    diets: ["vegetarian", "gluten_free"],
    ingredients: ["arborio rice", "mushrooms", "onion", "parmesan", "vegetable stock", "butter"],
  },
  {
    name: "Pasta e Fagioli",
    cuisine: "italian",
    totalMinutes: 40,
    servings: 6,
    caloriesPerServing: 390,
    diets: ["vegan", "vegetarian", "dairy_free"],
    ingredients: ["pasta", "cannellini beans", "tomato", "onion", "carrot", "celery"],
  },
  {
    name: "Chicken Tacos",
    cuisine: "mexican",
    totalMinutes: 30,
    servings: 4,
    caloriesPerServing: 450,
    diets: ["dairy_free"],
    ingredients: ["chicken", "corn tortillas", "onion", "lime", "cilantro", "avocado"],
  },
  {
    name: "Black Bean Quesadillas",
    cuisine: "mexican",
    totalMinutes: 20,
    servings: 4,
    caloriesPerServing: 510,
    diets: ["vegetarian"],
    ingredients: ["flour tortillas", "black beans", "cheddar", "bell pepper", "onion"],
  },
  {
    name: "Guacamole",
    cuisine: "mexican",
    totalMinutes: 10,
    servings: 4,
    caloriesPerServing: 180,
    diets: ["vegan", "vegetarian", "gluten_free", "dairy_free"],
    ingredients: ["avocado", "lime", "onion", "tomato", "cilantro", "jalapeno"],
  },
  {
    name: "Chana Masala",
    cuisine: "indian",
    totalMinutes: 40,
    servings: 4,
    caloriesPerServing: 340,
    diets: ["vegan", "vegetarian", "gluten_free", "dairy_free"],
    ingredients: ["chickpeas", "onion", "tomato", "garlic", "ginger", "garam masala"],
  },
  {
    name: "Butter Chicken",
    cuisine: "indian",
    totalMinutes: 50,
    servings: 4,
    caloriesPerServing: 560,
    diets: ["gluten_free"],
    ingredients: ["chicken", "yogurt", "butter", "tomato", "cream", "garam masala", "garlic", "ginger"],
  },
  {
    name: "Red Lentil Dal",
    cuisine: "indian",
    totalMinutes: 35,
    servings: 4,
    caloriesPerServing: 300,
    diets: ["vegan", "vegetarian", "gluten_free", "dairy_free"],
    ingredients: ["red lentils", "onion", "garlic", "ginger", "turmeric", "tomato"],
  },
  {
    name: "Egg Fried Rice",
    cuisine: "chinese",
    totalMinutes: 20,
    servings: 2,
    caloriesPerServing: 520,
    diets: ["vegetarian", "dairy_free"],
    ingredients: ["rice", "eggs", "peas", "spring onion", "soy sauce"],
  },
  {
    name: "Kung Pao Chicken",
    cuisine: "chinese",
    totalMinutes: 30,
    servings: 4,
    caloriesPerServing: 430,
    diets: ["dairy_free"],
    ingredients: ["chicken", "peanuts", "dried chillies", "soy sauce", "garlic", "spring onion"],
  },
  {
    name: "Mapo Tofu",
    cuisine: "chinese",
    totalMinutes: 25,
    servings: 4,
    caloriesPerServing: 330,
    diets: ["dairy_free"],
    ingredients: ["tofu", "ground pork", "doubanjiang", "garlic", "sichuan pepper", "spring onion"],
  },
  {
    name: "Chicken Teriyaki",
    cuisine: "japanese",
    totalMinutes: 25,
    servings: 2,
    caloriesPerServing: 490,
    diets: ["dairy_free"],
    ingredients: ["chicken", "soy sauce", "mirin", "sugar", "rice"],
  },
  {
    name: "Miso Soup",
    cuisine: "japanese",
    totalMinutes: 15,
    servings: 4,
    caloriesPerServing: 80,
    diets: ["vegetarian", "dairy_free"],
    ingredients: ["miso", "tofu", "wakame", "spring onion", "dashi"],
  },
  {
    name: "Pad Thai",
    cuisine: "thai",
    totalMinutes: 30,
    servings: 2,
    caloriesPerServing: 650,
    diets: ["dairy_free", "gluten_free"],
    ingredients: ["rice noodles", "shrimp", "eggs", "bean sprouts", "peanuts", "tamarind", "fish sauce"],
  },
  {
    name: "Thai Green Curry",
    cuisine: "thai",
    totalMinutes: 35,
    servings: 4,
    caloriesPerServing: 520,
    diets: ["dairy_free", "gluten_free"],
    ingredients: ["chicken", "coconut milk", "green curry paste", "eggplant", "basil", "fish sauce"],
  },
  {
    name: "Classic Cheeseburger",
    cuisine: "american",
    totalMinutes: 25,
    servings: 4,
    caloriesPerServing: 700,
    diets: [],
    ingredients: ["ground beef", "burger buns", "cheddar", "lettuce", "tomato", "onion"],
  },
  {
    name: "Buttermilk Pancakes",
    cuisine: "american",
    totalMinutes: 25,
    servings: 4,
    caloriesPerServing: 350,
    diets: ["vegetarian"],
    ingredients: ["flour", "buttermilk", "eggs", "butter", "sugar", "baking powder"],
  },
  {
    name: "Greek Salad",
    cuisine: "mediterranean",
    totalMinutes: 15,
    servings: 4,
    caloriesPerServing: 250,
    diets: ["vegetarian", "gluten_free"],
    ingredients: ["tomato", "cucumber", "red onion", "feta", "olives", "olive oil"],
  },
  {
    name: "Hummus",
    cuisine: "mediterranean",
    totalMinutes: 15,
    servings: 6,
    caloriesPerServing: 190,
    diets: ["vegan", "vegetarian", "gluten_free", "dairy_free"],
    ingredients: ["chickpeas", "tahini", "lemon", "garlic", "olive oil"],
  },
  {
    name: "Shakshuka",
    cuisine: "mediterranean",
    totalMinutes: 30,
    servings: 4,
    caloriesPerServing: 270,
    diets: ["vegetarian", "gluten_free", "dairy_free"],
    ingredients: ["eggs", "tomato", "bell pepper", "onion", "garlic", "cumin"],
  },
  {
    name: "French Omelette",
    cuisine: "french",
    totalMinutes: 10,
    servings: 1,
    caloriesPerServing: 320,
    diets: ["vegetarian", "gluten_free"],
    ingredients: ["eggs", "butter", "chives"],
  },
  {
    name: "Ratatouille",
    cuisine: "french",
    totalMinutes: 75,
    servings: 6,
    caloriesPerServing: 210,
    diets: ["vegan", "vegetarian", "gluten_free", "dairy_free"],
    ingredients: ["eggplant", "zucchini", "bell pepper", "tomato", "onion", "garlic", "thyme"],
  },
];
