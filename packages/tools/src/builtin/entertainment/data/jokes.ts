/** Short, family-friendly jokes written for this library, by category. */

export const jokeCategories = ["programming", "science", "food", "animals", "music", "office"] as const;
export type JokeCategory = (typeof jokeCategories)[number];

export interface Joke {
  id: string;
  category: JokeCategory;
  setup: string;
  punchline: string;
}

const j = (id: string, category: JokeCategory, setup: string, punchline: string): Joke => ({
  id,
  category,
  setup,
  punchline,
});

export const jokes: Joke[] = [
  j("pr-1", "programming", "Why did the developer go broke?", "He used up all his cache."),
  j("pr-2", "programming", "Why do programmers prefer dark mode?", "Because light attracts bugs."),
  j(
    "pr-3",
    "programming",
    "How many programmers does it take to change a light bulb?",
    "None. That's a hardware problem.",
  ),
  j("sc-1", "science", "Why can't you trust an atom?", "They make up everything."),
  j(
    "sc-2",
    "science",
    "What did one photon say to the other at airport security?",
    "No luggage, I'm travelling light.",
  ),
  j("sc-3", "science", "Why did the biologist break up with the physicist?", "There was no chemistry."),
  j("fo-1", "food", "Why did the tomato blush?", "It saw the salad dressing."),
  j("fo-2", "food", "What do you call a fake noodle?", "An impasta."),
  j("fo-3", "food", "Why did the baker stop making doughnuts?", "He got tired of the hole business."),
  j("an-1", "animals", "What do you call a sleeping dinosaur?", "A dino-snore."),
  j("an-2", "animals", "Why don't oysters share their pearls?", "Because they're shellfish."),
  j("an-3", "animals", "What do you call a bear with no teeth?", "A gummy bear."),
  j("mu-1", "music", "Why did the pianist keep banging his head on the keys?", "He was playing by ear."),
  j("mu-2", "music", "What's a skeleton's favourite instrument?", "The trom-bone."),
  j("of-1", "office", "Why did the scarecrow get promoted?", "He was outstanding in his field."),
  j("of-2", "office", "Why did the calendar feel anxious at work?", "Its days were numbered."),
];
