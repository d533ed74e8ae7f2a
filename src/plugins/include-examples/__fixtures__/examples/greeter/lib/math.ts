type Pair = [number, number];

/** Adds two numbers. */
export function add(...[a, b]: Pair): number {
  return a + b;
}

export const total = (values: number[]): number =>
  values.reduce((sum, value) => sum + value, 0);
