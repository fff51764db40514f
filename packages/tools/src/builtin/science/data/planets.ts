/** Physical and orbital facts of a planet (NASA planetary fact sheet values). */
export interface Planet {
  name: string;
  meanRadiusKm: number;
  massKg: number;
  surfaceGravityMS2: number;
  semiMajorAxisAu: number;
  orbitalPeriodDays: number;
  /** Sidereal rotation period in hours; negative for retrograde rotation. */
  rotationPeriodHours: number;
  type: "terrestrial" | "gas giant" | "ice giant";
}

export const planets: readonly Planet[] = [
  {
    name: "Mercury",
    meanRadiusKm: 2439.7,
    massKg: 3.3011e23,
    surfaceGravityMS2: 3.7,
    semiMajorAxisAu: 0.387,
    orbitalPeriodDays: 87.969,
    rotationPeriodHours: 1407.6,
    type: "terrestrial",
  },
  {
    name: "Venus",
    meanRadiusKm: 6051.8,
    massKg: 4.8675e24,
    surfaceGravityMS2: 8.87,
    semiMajorAxisAu: 0.723,
    orbitalPeriodDays: 224.701,
    rotationPeriodHours: -5832.5,
    type: "terrestrial",
  },
  {
    name: "Earth",
    meanRadiusKm: 6371.0,
    massKg: 5.9722e24,
    surfaceGravityMS2: 9.807,
    semiMajorAxisAu: 1.0,
    orbitalPeriodDays: 365.256,
    rotationPeriodHours: 23.934,
    type: "terrestrial",
  },
  {
    name: "Mars",
    meanRadiusKm: 3389.5,
    massKg: 6.4171e23,
    surfaceGravityMS2: 3.721,
    semiMajorAxisAu: 1.524,
    orbitalPeriodDays: 686.98,
    rotationPeriodHours: 24.623,
    type: "terrestrial",
  },
  {
    name: "Jupiter",
    meanRadiusKm: 69911,
    massKg: 1.8982e27,
    surfaceGravityMS2: 24.79,
    semiMajorAxisAu: 5.203,
    orbitalPeriodDays: 4332.59,
    rotationPeriodHours: 9.925,
    type: "gas giant",
  },
  {
    name: "Saturn",
    meanRadiusKm: 58232,
    massKg: 5.6834e26,
    surfaceGravityMS2: 10.44,
    semiMajorAxisAu: 9.537,
    orbitalPeriodDays: 10759.22,
    rotationPeriodHours: 10.656,
    type: "gas giant",
  },
  {
    name: "Uranus",
    meanRadiusKm: 25362,
    massKg: 8.681e25,
    surfaceGravityMS2: 8.69,
    semiMajorAxisAu: 19.191,
    orbitalPeriodDays: 30688.5,
    rotationPeriodHours: -17.24,
    type: "ice giant",
  },
  {
    name: "Neptune",
    meanRadiusKm: 24622,
    massKg: 1.02413e26,
    surfaceGravityMS2: 11.15,
    semiMajorAxisAu: 30.07,
    orbitalPeriodDays: 60195,
    rotationPeriodHours: 16.11,
    type: "ice giant",
  },
];
