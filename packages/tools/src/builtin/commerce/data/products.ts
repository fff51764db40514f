/** A small fictional store catalogue (brands are invented; prices in USD). */
export interface Product {
  id: string;
  name: string;
  brand: string;
  category: string;
  price: number;
  rating: number;
  review_count: number;
  weight_kg: number;
  features: string[];
}

const product = (
  id: string,
  name: string,
  brand: string,
  category: string,
  price: number,
  rating: number,
  review_count: number,
  weight_kg: number,
  features: string[],
): Product => ({ id, name, brand, category, price, rating, review_count, weight_kg, features });

export const productCategories = [
  "electronics",
  "home",
  "kitchen",
  "sports",
  "books",
  "beauty",
  "toys",
  "clothing",
];

export const products: readonly Product[] = [
  product(
    "P1001",
    "Wireless Noise-Cancelling Headphones",
    "Auralis",
    "electronics",
    199.99,
    4.6,
    2841,
    0.25,
    ["bluetooth 5.3", "30 h battery", "active noise cancelling"],
  ),
  product("P1002", "True Wireless Earbuds", "Auralis", "electronics", 79.99, 4.3, 5120, 0.05, [
    "bluetooth 5.2",
    "IPX4",
    "charging case",
  ]),
  product("P1003", "27-inch 4K Monitor", "Pixelon", "electronics", 329, 4.5, 987, 5.8, [
    "3840x2160",
    "IPS",
    "USB-C 65 W",
  ]),
  product("P1004", "Mechanical Keyboard, Brown Switches", "Keyforge", "electronics", 89.5, 4.7, 1533, 0.9, [
    "tenkeyless",
    "hot-swappable",
    "RGB",
  ]),
  product("P1005", "Ergonomic Wireless Mouse", "Keyforge", "electronics", 49.99, 4.4, 2210, 0.12, [
    "4000 dpi",
    "silent clicks",
    "USB receiver",
  ]),
  product("P1006", "10,000 mAh Power Bank", "Voltix", "electronics", 29.99, 4.2, 8730, 0.2, [
    "USB-C PD 20 W",
    "two outputs",
  ]),
  product("P1007", "Smart LED Bulb, 4-pack", "Lumio", "home", 34.99, 4.1, 3104, 0.4, [
    "Wi-Fi",
    "16M colours",
    "voice assistant support",
  ]),
  product("P1008", "HEPA Air Purifier", "Breezely", "home", 149, 4.5, 1876, 5.2, [
    "true HEPA H13",
    "covers 40 m²",
    "night mode",
  ]),
  product("P1009", "Robot Vacuum Cleaner", "Sweepo", "home", 259.99, 4.0, 2650, 3.1, [
    "lidar mapping",
    "2700 Pa suction",
    "app control",
  ]),
  product("P1010", "Memory Foam Pillow", "Dreamwell", "home", 39.95, 4.3, 4412, 1.1, [
    "removable cover",
    "medium firm",
  ]),
  product("P1011", "Cast Iron Skillet, 26 cm", "Hearthware", "kitchen", 34.5, 4.8, 9321, 2.4, [
    "pre-seasoned",
    "oven safe",
  ]),
  product("P1012", "Stainless Steel Electric Kettle, 1.7 L", "Hearthware", "kitchen", 44.99, 4.4, 3398, 1.2, [
    "auto shut-off",
    "temperature presets",
  ]),
  product("P1013", "Burr Coffee Grinder", "Crema Co", "kitchen", 119, 4.6, 1204, 2.9, [
    "40 grind settings",
    "conical burrs",
  ]),
  product("P1014", "Chef's Knife, 20 cm", "Edgecraft", "kitchen", 69.99, 4.7, 2011, 0.25, [
    "German steel",
    "full tang",
  ]),
  product("P1015", "Glass Meal Prep Containers, 10-pack", "Hearthware", "kitchen", 32.99, 4.5, 6120, 3.4, [
    "BPA-free lids",
    "oven and microwave safe",
  ]),
  product("P1016", "Yoga Mat, 6 mm", "Trailpeak", "sports", 27.99, 4.5, 7015, 1.0, [
    "non-slip",
    "carry strap",
  ]),
  product("P1017", "Adjustable Dumbbells, 2 x 24 kg", "Ironcore", "sports", 349, 4.6, 1432, 48, [
    "15 weight settings",
    "dial selector",
  ]),
  product("P1018", "Insulated Water Bottle, 750 ml", "Trailpeak", "sports", 24.95, 4.7, 11250, 0.38, [
    "keeps cold 24 h",
    "stainless steel",
  ]),
  product("P1019", "Trail Running Shoes", "Stridewell", "sports", 124.99, 4.4, 1880, 0.6, [
    "rock plate",
    "4 mm drop",
    "waterproof",
  ]),
  product(
    "P1020",
    "Beginner's Guide to Machine Learning (paperback)",
    "Northbank Press",
    "books",
    39.99,
    4.5,
    640,
    0.7,
    ["412 pages", "exercises with solutions"],
  ),
  product(
    "P1021",
    "Cooking for One: 100 Recipes (hardcover)",
    "Northbank Press",
    "books",
    24.99,
    4.2,
    318,
    0.9,
    ["256 pages", "full-colour photos"],
  ),
  product("P1022", "Fantasy Novel Box Set, 3 volumes", "Quillfeather Books", "books", 45, 4.8, 2290, 1.8, [
    "paperback",
    "bonus maps",
  ]),
  product("P1023", "Vitamin C Serum, 30 ml", "Lumiere Skin", "beauty", 22.5, 4.1, 5402, 0.1, [
    "15% L-ascorbic acid",
    "fragrance-free",
  ]),
  product("P1024", "Electric Toothbrush", "Brightbite", "beauty", 59.99, 4.6, 7788, 0.3, [
    "pressure sensor",
    "2-minute timer",
    "3 modes",
  ]),
  product("P1025", "Hair Dryer, 1800 W", "Lumiere Skin", "beauty", 79, 4.3, 1990, 0.7, [
    "ionic",
    "3 heat settings",
    "cool shot",
  ]),
  product("P1026", "Building Blocks Set, 1,000 pieces", "Brickly", "toys", 49.99, 4.7, 3120, 1.6, [
    "ages 6+",
    "storage box",
  ]),
  product("P1027", "Remote Control Car, 1:16", "Zoomster", "toys", 39.99, 4.0, 1460, 0.9, [
    "2.4 GHz",
    "25 km/h",
    "rechargeable",
  ]),
  product("P1028", "Wooden Puzzle, 500 pieces", "Brickly", "toys", 19.99, 4.4, 870, 0.5, [
    "ages 10+",
    "irregular pieces",
  ]),
  product("P1029", "Merino Wool Base Layer Top", "Stridewell", "clothing", 84.99, 4.5, 910, 0.2, [
    "200 g/m² merino",
    "odour resistant",
  ]),
  product("P1030", "Waterproof Rain Jacket", "Trailpeak", "clothing", 139, 4.4, 1320, 0.45, [
    "10,000 mm waterproof",
    "packable hood",
  ]),
  product("P1031", "Organic Cotton T-Shirt", "Stridewell", "clothing", 19.5, 4.2, 4130, 0.18, [
    "GOTS certified",
    "regular fit",
  ]),
  product("P1032", "Down Puffer Vest", "Trailpeak", "clothing", 99.99, 4.6, 760, 0.3, [
    "650 fill power",
    "water-repellent shell",
  ]),
];
