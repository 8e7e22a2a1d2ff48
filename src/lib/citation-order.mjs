// @ts-check
/** Pure helpers for citation numbering, shared by the Markdown plugin and the article page. */

/**
 * "a b,c" -> ["a", "b", "c"]; ids may be separated by spaces or commas.
 * @param {string | undefined} value
 */
export function splitIds(value) {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * Numbers sources by first use. Given the id lists of each <Cite> in document order, returns the ordered
 * list of distinct ids and, for each <Cite>, the numbers it shows.
 * @param {string[][]} citeGroups
 * @param {string[]} [alreadyOrdered] ids numbered before these (kept in place)
 */
export function numberCitations(citeGroups, alreadyOrdered = []) {
  const order = [...alreadyOrdered];
  const numbersFor = citeGroups.map((ids) =>
    [...new Set(ids)].map((id) => {
      let index = order.indexOf(id);
      if (index === -1) index = order.push(id) - 1;
      return index + 1;
    }),
  );
  return { order, numbersFor };
}
