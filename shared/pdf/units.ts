/** Points per millimetre (PDF user space is 1/72 inch). */
export const PT_PER_MM = 72 / 25.4;

/** Converts millimetres to PDF points. */
export function mm(value: number): number {
  return value * PT_PER_MM;
}

/** A4 portrait in points. */
export const A4 = { width: mm(210), height: mm(297) } as const;
