/**
 * Cholesky factor L (row-major, lower triangular) of a symmetric positive semi-definite d×d matrix.
 * A pivot within a relative tolerance of zero is a redundant direction (two group sums that move
 * together exactly, as when a rate between them is known) and gives a zero column. Returns null
 * when the matrix is not positive semi-definite.
 */
export function cholesky(matrix: Float64Array, d: number): Float64Array | null {
  const L = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = matrix[i * d + j] as number;
      for (let k = 0; k < j; k++) s -= (L[i * d + k] as number) * (L[j * d + k] as number);
      if (i === j) {
        const tolerance = 1e-10 * Math.max(1e-300, matrix[i * d + i] as number);
        if (s < -tolerance) return null;
        L[i * d + i] = s > tolerance ? Math.sqrt(s) : 0;
      } else {
        const pivot = L[j * d + j] as number;
        L[i * d + j] = pivot > 0 ? s / pivot : 0;
      }
    }
  }
  // With a zero pivot the row's remainder must vanish too, or the matrix was not PSD.
  for (let i = 0; i < d; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += (L[i * d + k] as number) ** 2;
    const diag = matrix[i * d + i] as number;
    if (Math.abs(s - diag) > 1e-8 * Math.max(1, diag)) return null;
  }
  return L;
}
