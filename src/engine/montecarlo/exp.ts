/**
 * exp and expm1 for the sampling loops: exp within an ulp or two of Math.exp. V8 compiles Math.exp to a
 * call into C, which costs about as much as a normal draw; this is table lookups, multiplications
 * and Math.round, which V8 inlines. It is also the same in every engine, where Math.exp need not be
 * (only its accuracy is specified). x = (64·e + j)·ln2/64 + r with |r| ≤ ln2/128, so
 * e^x = 2^e · 2^(j/64) · e^r and a degree-5 polynomial gives e^r to well within half an ulp.
 */

/** 2^(j/64), correctly rounded. */
const TWO_J64 = new Float64Array([
  1.0, 1.0108892860517005, 1.0218971486541166, 1.0330248790212284, 1.0442737824274138,
  1.0556451783605572, 1.0671404006768237, 1.0787607977571199, 1.0905077326652577, 1.102382583307841,
  1.1143867425958924, 1.1265216186082418, 1.1387886347566916, 1.1511892299529827, 1.1637248587775775,
  1.1763969916502812, 1.189207115002721, 1.202156731452703, 1.215247359980469, 1.22848053610687,
  1.241857812073484, 1.255380757024691, 1.2690509571917332, 1.2828700160787783, 1.2968395546510096,
  1.3109612115247644, 1.3252366431597413, 1.339667524053303, 1.3542555469368927, 1.3690024229745905,
  1.383909881963832, 1.3989796725383112, 1.4142135623730951, 1.42961333839197, 1.4451808069770467,
  1.460917794180647, 1.4768261459394993, 1.4929077282912648, 1.5091644275934228, 1.5255981507445384,
  1.5422108254079407, 1.559004400237837, 1.5759808451078865, 1.593142151342267, 1.6104903319492543,
  1.6280274218573478, 1.645755478153965, 1.6636765803267364, 1.681792830507429, 1.7001063537185235,
  1.718619298122478, 1.7373338352737062, 1.7562521603732995, 1.7753764925265212, 1.7947090750031072,
  1.8142521755003989, 1.8340080864093424, 1.8539791250833855, 1.8741676341103, 1.8945759815869656,
  1.9152065613971474, 1.9360617934922943, 1.9571441241754002, 1.978456026387951,
]);

/** 2^e for e in [−1022, 1023] at index e + 1022, built by exact doublings. */
const BIAS = 1022;
const POW2 = new Float64Array(2 * BIAS + 2);
POW2[BIAS] = 1;
for (let e = 1; e <= BIAS + 1; e++) POW2[BIAS + e] = (POW2[BIAS + e - 1] as number) * 2;
for (let e = 1; e <= BIAS; e++) POW2[BIAS - e] = (POW2[BIAS - e + 1] as number) / 2;

const INV_STEP = 92.33248261689366; // 64/ln 2
// ln2/64 split so that k·STEP_HI is exact for |k| < 2^24 (Cody and Waite).
const STEP_HI = 0.010830424667801708;
const STEP_LO = 2.8447437476627285e-11;
// 1/k!
const C3 = 1 / 6;
const C4 = 1 / 24;
const C5 = 1 / 120;
const C6 = 1 / 720;
const C7 = 1 / 5040;
const C8 = 1 / 40320;
const C9 = 1 / 362880;
/** Beyond this, Math.exp: overflow, underflow to subnormals, ±Infinity and NaN. */
const LIMIT = 700;

export function exp(x: number): number {
  if (!(x > -LIMIT && x < LIMIT)) return Math.exp(x);
  const k = Math.floor(x * INV_STEP + 0.5);
  const r = x - k * STEP_HI - k * STEP_LO;
  const q = r * (1 + r * (0.5 + r * (C3 + r * (C4 + r * C5))));
  const t = TWO_J64[k & 63] as number;
  return (t + t * q) * (POW2[(k >> 6) + BIAS] as number);
}

/**
 * e^x − 1 within 4e−15 relative. Near 0, a Taylor polynomial; beyond, s − 1 is exact for
 * s = 2^e·2^(j/64) in [1/2, 2] (Sterbenz), leaving s's own rounding, at most 1.2e−16/|x|.
 */
export function expm1(x: number): number {
  if (x > -1 / 32 && x < 1 / 32) {
    return x * (1 + x * (0.5 + x * (C3 + x * (C4 + x * (C5 + x * (C6 + x * (C7 + x * (C8 + x * C9))))))));
  }
  if (!(x > -LIMIT && x < LIMIT)) return Math.expm1(x);
  const k = Math.floor(x * INV_STEP + 0.5);
  const r = x - k * STEP_HI - k * STEP_LO;
  const q = r * (1 + r * (0.5 + r * (C3 + r * (C4 + r * C5))));
  const s = (TWO_J64[k & 63] as number) * (POW2[(k >> 6) + BIAS] as number);
  return s - 1 + s * q;
}
