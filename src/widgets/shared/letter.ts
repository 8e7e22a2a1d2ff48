/** The letter that labels an option: 0 gives "A", 1 "B", ... (quizzes and the empathic-responses exercise). */
export const letter = (index: number) => String.fromCharCode(65 + index);
