import type { JsonSchema } from "@apigen/core";

/** The leagues the sports tools know. */
export type League = "premier_league" | "nba";

/** A club or franchise with facts that do not change within a season. */
export interface TeamRecord {
  league: League;
  code: string;
  name: string;
  city: string;
  venue: string;
  /** Year the club was founded (Premier League clubs). */
  founded: number | null;
  /** NBA conference and division; null for football clubs. */
  conference: "Eastern" | "Western" | null;
  division: string | null;
}

const epl = (code: string, name: string, city: string, venue: string, founded: number): TeamRecord => ({
  league: "premier_league",
  code,
  name,
  city,
  venue,
  founded,
  conference: null,
  division: null,
});

const nba = (
  code: string,
  name: string,
  city: string,
  venue: string,
  conference: "Eastern" | "Western",
  division: string,
): TeamRecord => ({
  league: "nba",
  code,
  name,
  city,
  venue,
  founded: null,
  conference,
  division,
});

/** The 20 Premier League clubs and 30 NBA teams of the 2024-25 season, with their home grounds that season. */
export const teams: readonly TeamRecord[] = [
  epl("ARS", "Arsenal", "London", "Emirates Stadium", 1886),
  epl("AVL", "Aston Villa", "Birmingham", "Villa Park", 1874),
  epl("BOU", "AFC Bournemouth", "Bournemouth", "Vitality Stadium", 1899),
  epl("BRE", "Brentford", "London", "Gtech Community Stadium", 1889),
  epl("BHA", "Brighton & Hove Albion", "Brighton", "American Express Stadium", 1901),
  epl("CHE", "Chelsea", "London", "Stamford Bridge", 1905),
  epl("CRY", "Crystal Palace", "London", "Selhurst Park", 1905),
  epl("EVE", "Everton", "Liverpool", "Goodison Park", 1878),
  epl("FUL", "Fulham", "London", "Craven Cottage", 1879),
  epl("IPS", "Ipswich Town", "Ipswich", "Portman Road", 1878),
  epl("LEI", "Leicester City", "Leicester", "King Power Stadium", 1884),
  epl("LIV", "Liverpool", "Liverpool", "Anfield", 1892),
  epl("MCI", "Manchester City", "Manchester", "Etihad Stadium", 1880),
  epl("MUN", "Manchester United", "Manchester", "Old Trafford", 1878),
  epl("NEW", "Newcastle United", "Newcastle upon Tyne", "St James' Park", 1892),
  epl("NFO", "Nottingham Forest", "Nottingham", "City Ground", 1865),
  epl("SOU", "Southampton", "Southampton", "St Mary's Stadium", 1885),
  epl("TOT", "Tottenham Hotspur", "London", "Tottenham Hotspur Stadium", 1882),
  epl("WHU", "West Ham United", "London", "London Stadium", 1895),
  epl("WOL", "Wolverhampton Wanderers", "Wolverhampton", "Molineux Stadium", 1877),
  nba("BOS", "Boston Celtics", "Boston", "TD Garden", "Eastern", "Atlantic"),
  nba("BKN", "Brooklyn Nets", "New York", "Barclays Center", "Eastern", "Atlantic"),
  nba("NYK", "New York Knicks", "New York", "Madison Square Garden", "Eastern", "Atlantic"),
  nba("PHI", "Philadelphia 76ers", "Philadelphia", "Wells Fargo Center", "Eastern", "Atlantic"),
  nba("TOR", "Toronto Raptors", "Toronto", "Scotiabank Arena", "Eastern", "Atlantic"),
  nba("CHI", "Chicago Bulls", "Chicago", "United Center", "Eastern", "Central"),
  nba("CLE", "Cleveland Cavaliers", "Cleveland", "Rocket Mortgage FieldHouse", "Eastern", "Central"),
  nba("DET", "Detroit Pistons", "Detroit", "Little Caesars Arena", "Eastern", "Central"),
  nba("IND", "Indiana Pacers", "Indianapolis", "Gainbridge Fieldhouse", "Eastern", "Central"),
  nba("MIL", "Milwaukee Bucks", "Milwaukee", "Fiserv Forum", "Eastern", "Central"),
  nba("ATL", "Atlanta Hawks", "Atlanta", "State Farm Arena", "Eastern", "Southeast"),
  nba("CHA", "Charlotte Hornets", "Charlotte", "Spectrum Center", "Eastern", "Southeast"),
  nba("MIA", "Miami Heat", "Miami", "Kaseya Center", "Eastern", "Southeast"),
  nba("ORL", "Orlando Magic", "Orlando", "Kia Center", "Eastern", "Southeast"),
  nba("WAS", "Washington Wizards", "Washington, D.C.", "Capital One Arena", "Eastern", "Southeast"),
  nba("DEN", "Denver Nuggets", "Denver", "Ball Arena", "Western", "Northwest"),
  nba("MIN", "Minnesota Timberwolves", "Minneapolis", "Target Center", "Western", "Northwest"),
  nba("OKC", "Oklahoma City Thunder", "Oklahoma City", "Paycom Center", "Western", "Northwest"),
  nba("POR", "Portland Trail Blazers", "Portland", "Moda Center", "Western", "Northwest"),
  nba("UTA", "Utah Jazz", "Salt Lake City", "Delta Center", "Western", "Northwest"),
  nba("GSW", "Golden State Warriors", "San Francisco", "Chase Center", "Western", "Pacific"),
  nba("LAC", "LA Clippers", "Inglewood", "Intuit Dome", "Western", "Pacific"),
  nba("LAL", "Los Angeles Lakers", "Los Angeles", "Crypto.com Arena", "Western", "Pacific"),
  nba("PHX", "Phoenix Suns", "Phoenix", "Footprint Center", "Western", "Pacific"),
  nba("SAC", "Sacramento Kings", "Sacramento", "Golden 1 Center", "Western", "Pacific"),
  nba("DAL", "Dallas Mavericks", "Dallas", "American Airlines Center", "Western", "Southwest"),
  nba("HOU", "Houston Rockets", "Houston", "Toyota Center", "Western", "Southwest"),
  nba("MEM", "Memphis Grizzlies", "Memphis", "FedExForum", "Western", "Southwest"),
  nba("NOP", "New Orleans Pelicans", "New Orleans", "Smoothie King Center", "Western", "Southwest"),
  nba("SAS", "San Antonio Spurs", "San Antonio", "Frost Bank Center", "Western", "Southwest"),
];

/** The JSON Schema of the league parameter. */
export const leagueParameter: JsonSchema = {
  type: "string",
  enum: ["premier_league", "nba"],
  description: "League: premier_league (English football) or nba (US basketball).",
};
