/** Well-known recordings with the album and year they were released on, each by an artist of `artists.ts`. */
export interface Song {
  title: string;
  artist: string;
  album: string;
  year: number;
  genre: string;
}

const song = (title: string, artist: string, album: string, year: number, genre: string): Song => ({
  title,
  artist,
  album,
  year,
  genre,
});

export const songs: readonly Song[] = [
  song("Come Together", "The Beatles", "Abbey Road", 1969, "rock"),
  song("Here Comes the Sun", "The Beatles", "Abbey Road", 1969, "pop"),
  song("Let It Be", "The Beatles", "Let It Be", 1970, "rock"),
  song("Bohemian Rhapsody", "Queen", "A Night at the Opera", 1975, "rock"),
  song("We Will Rock You", "Queen", "News of the World", 1977, "rock"),
  song("Stairway to Heaven", "Led Zeppelin", "Led Zeppelin IV", 1971, "rock"),
  song("Money", "Pink Floyd", "The Dark Side of the Moon", 1973, "rock"),
  song("Wish You Were Here", "Pink Floyd", "Wish You Were Here", 1975, "rock"),
  song("Brown Sugar", "The Rolling Stones", "Sticky Fingers", 1971, "rock"),
  song('"Heroes"', "David Bowie", '"Heroes"', 1977, "rock"),
  song("Dreams", "Fleetwood Mac", "Rumours", 1977, "pop"),
  song("Paranoid Android", "Radiohead", "OK Computer", 1997, "rock"),
  song("Karma Police", "Radiohead", "OK Computer", 1997, "rock"),
  song("Yellow", "Coldplay", "Parachutes", 2000, "rock"),
  song("Clocks", "Coldplay", "A Rush of Blood to the Head", 2002, "rock"),
  song("Rolling in the Deep", "Adele", "21", 2011, "pop"),
  song("Someone Like You", "Adele", "21", 2011, "pop"),
  song("Shape of You", "Ed Sheeran", "÷", 2017, "pop"),
  song("With or Without You", "U2", "The Joshua Tree", 1987, "rock"),
  song("Smells Like Teen Spirit", "Nirvana", "Nevermind", 1991, "rock"),
  song("Master of Puppets", "Metallica", "Master of Puppets", 1986, "metal"),
  song("Enter Sandman", "Metallica", "Metallica", 1991, "metal"),
  song("Billie Jean", "Michael Jackson", "Thriller", 1982, "pop"),
  song("Thriller", "Michael Jackson", "Thriller", 1982, "pop"),
  song("Like a Prayer", "Madonna", "Like a Prayer", 1989, "pop"),
  song("Superstition", "Stevie Wonder", "Talking Book", 1972, "soul"),
  song("So What", "Miles Davis", "Kind of Blue", 1959, "jazz"),
  song("Crazy in Love", "Beyoncé", "Dangerously in Love", 2003, "r&b"),
  song("Shake It Off", "Taylor Swift", "1989", 2014, "pop"),
  song("Anti-Hero", "Taylor Swift", "Midnights", 2022, "pop"),
  song("The Real Slim Shady", "Eminem", "The Marshall Mathers LP", 2000, "hip-hop"),
  song("Alright", "Kendrick Lamar", "To Pimp a Butterfly", 2015, "hip-hop"),
  song("HUMBLE.", "Kendrick Lamar", "DAMN.", 2017, "hip-hop"),
  song("bad guy", "Billie Eilish", "When We All Fall Asleep, Where Do We Go?", 2019, "pop"),
  song("One More Time", "Daft Punk", "Discovery", 2001, "electronic"),
  song("Get Lucky", "Daft Punk", "Random Access Memories", 2013, "electronic"),
  song("Dancing Queen", "ABBA", "Arrival", 1976, "pop"),
  song("Back in Black", "AC/DC", "Back in Black", 1980, "rock"),
  song("Three Little Birds", "Bob Marley and the Wailers", "Exodus", 1977, "reggae"),
  song("Dynamite", "BTS", "BE", 2020, "pop"),
  song("Hips Don't Lie", "Shakira", "Oral Fixation, Vol. 2", 2006, "latin"),
  song("Tití Me Preguntó", "Bad Bunny", "Un Verano Sin Ti", 2022, "latin"),
];

export const songGenres = [
  "rock",
  "pop",
  "metal",
  "soul",
  "jazz",
  "r&b",
  "hip-hop",
  "electronic",
  "reggae",
  "latin",
];
