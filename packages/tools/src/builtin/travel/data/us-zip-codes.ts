/** A US ZIP code with its city, state and approximate centre. */
export interface UsZipCode {
  zipcode: string;
  city: string;
  state: string;
  latitude: number;
  longitude: number;
}

const z = (zipcode: string, city: string, state: string, latitude: number, longitude: number): UsZipCode => ({
  zipcode,
  city,
  state,
  latitude,
  longitude,
});

/** 24 real US ZIP codes of city centres, with approximate coordinates. */
export const usZipCodes: readonly UsZipCode[] = [
  z("02108", "Boston", "MA", 42.3576, -71.0637),
  z("08540", "Princeton", "NJ", 40.3573, -74.6672),
  z("10001", "New York", "NY", 40.7506, -73.9972),
  z("19103", "Philadelphia", "PA", 39.9525, -75.174),
  z("20001", "Washington", "DC", 38.9109, -77.0163),
  z("30303", "Atlanta", "GA", 33.7525, -84.3888),
  z("33101", "Miami", "FL", 25.7791, -80.1978),
  z("37203", "Nashville", "TN", 36.1503, -86.7893),
  z("48226", "Detroit", "MI", 42.3314, -83.0458),
  z("55401", "Minneapolis", "MN", 44.9836, -93.269),
  z("60601", "Chicago", "IL", 41.8858, -87.6181),
  z("63101", "St. Louis", "MO", 38.6317, -90.1928),
  z("70112", "New Orleans", "LA", 29.9563, -90.0775),
  z("75201", "Dallas", "TX", 32.7876, -96.7994),
  z("77002", "Houston", "TX", 29.7545, -95.3581),
  z("78701", "Austin", "TX", 30.2713, -97.7426),
  z("80202", "Denver", "CO", 39.7527, -104.9995),
  z("84101", "Salt Lake City", "UT", 40.7567, -111.9002),
  z("85004", "Phoenix", "AZ", 33.451, -112.0687),
  z("89101", "Las Vegas", "NV", 36.1724, -115.1223),
  z("90210", "Beverly Hills", "CA", 34.0901, -118.4065),
  z("94102", "San Francisco", "CA", 37.7793, -122.4193),
  z("95014", "Cupertino", "CA", 37.318, -122.045),
  z("98101", "Seattle", "WA", 47.6114, -122.3305),
];
