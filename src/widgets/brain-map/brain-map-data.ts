/**
 * The six regions of the brain map, in the order of the buttons and the list. Their words (name, what each
 * does, what therapy studies found there and the source of each finding, how firm it is) are content, in
 * content/widgets/brain-map.yaml, under the same ids; the drawings' shapes are in BrainMapDrawings.astro.
 */
export const BRAIN_REGION_IDS = [
  'amygdala',
  'hippocampus',
  'prefrontal-cortex',
  'anterior-cingulate',
  'insula',
  'caudate',
] as const;
