/** "individual, group" from ["individual", "group"] with each item capitalised: "Individual, Group". */
export function capitalisedList(values: readonly string[]): string {
  return values.map((v) => v.charAt(0).toUpperCase() + v.slice(1)).join(', ');
}
