// The quiz sits at the end of the article: fetch its behaviour only when the reader gets near it,
// so reading the article costs no quiz JavaScript.
const quizzes = document.querySelectorAll('self-check-quiz');
const observer = new IntersectionObserver(
  (entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    import('./quiz-element');
  },
  { rootMargin: '800px 0px' },
);
quizzes.forEach((quiz) => observer.observe(quiz));
