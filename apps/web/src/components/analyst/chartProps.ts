/**
 * What every workbench chart is given: it fills its box's width at a fixed height (the caller's
 * class sizes the box), with room on the left for the axis labels.
 */
export function chartProps<Row>(
  data: Row[],
  height: number,
  className: string | undefined,
  margin = { top: 4, right: 8, bottom: 4, left: 0 },
) {
  return { responsive: true, className, style: { height }, data, margin };
}

/** Bars laid out sideways: room on the right for the longest bar's end. */
export const VERTICAL_MARGIN = { top: 4, right: 16, bottom: 4, left: 4 };
