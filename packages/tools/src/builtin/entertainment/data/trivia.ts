export type TriviaCategory = "science" | "geography" | "history" | "arts" | "sports";
export type Difficulty = "easy" | "medium" | "hard";

/** A multiple-choice trivia question: the first of `choices` is the correct answer. */
export interface TriviaQuestion {
  category: TriviaCategory;
  difficulty: Difficulty;
  question: string;
  choices: [string, string, string, string];
}

/** 30 multiple-choice questions, 6 per category, with checked answers. */
export const triviaQuestions: readonly TriviaQuestion[] = [
  {
    category: "science",
    difficulty: "easy",
    question: "What is the chemical symbol for gold?",
    choices: ["Au", "Ag", "Gd", "Go"],
  },
  {
    category: "science",
    difficulty: "easy",
    question: "Which planet is known as the Red Planet?",
    choices: ["Mars", "Venus", "Jupiter", "Mercury"],
  },
  {
    category: "science",
    difficulty: "medium",
    question: "What is the most abundant gas in Earth's atmosphere?",
    choices: ["Nitrogen", "Oxygen", "Argon", "Carbon dioxide"],
  },
  {
    category: "science",
    difficulty: "medium",
    question: "How many bones are in the adult human body?",
    choices: ["206", "201", "212", "198"],
  },
  {
    category: "science",
    difficulty: "hard",
    question: "Which element has the atomic number 74?",
    choices: ["Tungsten", "Tantalum", "Rhenium", "Osmium"],
  },
  {
    category: "science",
    difficulty: "hard",
    question: "Which organelle is the site of protein synthesis in the cell?",
    choices: ["Ribosome", "Golgi apparatus", "Lysosome", "Mitochondrion"],
  },
  {
    category: "geography",
    difficulty: "easy",
    question: "What is the capital of Australia?",
    choices: ["Canberra", "Sydney", "Melbourne", "Perth"],
  },
  {
    category: "geography",
    difficulty: "easy",
    question: "Which is the largest ocean on Earth?",
    choices: ["Pacific Ocean", "Atlantic Ocean", "Indian Ocean", "Arctic Ocean"],
  },
  {
    category: "geography",
    difficulty: "medium",
    question: "Which river flows through Budapest?",
    choices: ["Danube", "Rhine", "Vistula", "Elbe"],
  },
  {
    category: "geography",
    difficulty: "medium",
    question: "Which country has the most natural lakes?",
    choices: ["Canada", "Russia", "Finland", "United States"],
  },
  {
    category: "geography",
    difficulty: "hard",
    question: "What is the capital of Kazakhstan?",
    choices: ["Astana", "Almaty", "Tashkent", "Bishkek"],
  },
  {
    category: "geography",
    difficulty: "hard",
    question: "Lake Titicaca lies on the border of Peru and which other country?",
    choices: ["Bolivia", "Chile", "Ecuador", "Argentina"],
  },
  {
    category: "history",
    difficulty: "easy",
    question: "In which year did the Berlin Wall fall?",
    choices: ["1989", "1991", "1987", "1985"],
  },
  {
    category: "history",
    difficulty: "easy",
    question: "Who was the first President of the United States?",
    choices: ["George Washington", "John Adams", "Thomas Jefferson", "Abraham Lincoln"],
  },
  {
    category: "history",
    difficulty: "medium",
    question: "In which year did the Titanic sink?",
    choices: ["1912", "1905", "1915", "1921"],
  },
  {
    category: "history",
    difficulty: "medium",
    question: "Which empire built Machu Picchu?",
    choices: ["Inca", "Aztec", "Maya", "Olmec"],
  },
  {
    category: "history",
    difficulty: "hard",
    question: "In which year was the Magna Carta sealed?",
    choices: ["1215", "1066", "1348", "1492"],
  },
  {
    category: "history",
    difficulty: "hard",
    question: "Who was the first emperor of Rome?",
    choices: ["Augustus", "Julius Caesar", "Nero", "Tiberius"],
  },
  {
    category: "arts",
    difficulty: "easy",
    question: "Who painted the Mona Lisa?",
    choices: ["Leonardo da Vinci", "Michelangelo", "Raphael", "Titian"],
  },
  {
    category: "arts",
    difficulty: "easy",
    question: "Who wrote 'Romeo and Juliet'?",
    choices: ["William Shakespeare", "Christopher Marlowe", "Charles Dickens", "John Milton"],
  },
  {
    category: "arts",
    difficulty: "medium",
    question: "Which composer wrote 'The Four Seasons'?",
    choices: [
      "Antonio Vivaldi",
      "Johann Sebastian Bach",
      "George Frideric Handel",
      "Wolfgang Amadeus Mozart",
    ],
  },
  {
    category: "arts",
    difficulty: "medium",
    question: "Who wrote the novel 'One Hundred Years of Solitude'?",
    choices: ["Gabriel García Márquez", "Mario Vargas Llosa", "Jorge Luis Borges", "Isabel Allende"],
  },
  {
    category: "arts",
    difficulty: "hard",
    question: "Which artist painted 'The Garden of Earthly Delights'?",
    choices: ["Hieronymus Bosch", "Pieter Bruegel the Elder", "Jan van Eyck", "Albrecht Dürer"],
  },
  {
    category: "arts",
    difficulty: "hard",
    question: "In which city is the Prado Museum?",
    choices: ["Madrid", "Lisbon", "Barcelona", "Seville"],
  },
  {
    category: "sports",
    difficulty: "easy",
    question: "How many players does a soccer team have on the field?",
    choices: ["11", "10", "9", "12"],
  },
  {
    category: "sports",
    difficulty: "easy",
    question: "In which sport is the term 'love' used for a score of zero?",
    choices: ["Tennis", "Badminton", "Squash", "Table tennis"],
  },
  {
    category: "sports",
    difficulty: "medium",
    question: "Which country won the first FIFA World Cup in 1930?",
    choices: ["Uruguay", "Argentina", "Brazil", "Italy"],
  },
  {
    category: "sports",
    difficulty: "medium",
    question: "How long is a marathon in kilometres?",
    choices: ["42.195", "40", "42", "45.5"],
  },
  {
    category: "sports",
    difficulty: "hard",
    question: "In which city were the first modern Olympic Games held in 1896?",
    choices: ["Athens", "Paris", "London", "St. Louis"],
  },
  {
    category: "sports",
    difficulty: "hard",
    question: "What is the maximum break in snooker without free balls?",
    choices: ["147", "155", "140", "167"],
  },
];
