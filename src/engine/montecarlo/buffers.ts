/** Volumes of one line item over a block of trials. */
export interface VolumeBlock {
  impressions: Float64Array;
  reach: Float64Array;
  clicks: Float64Array;
  conversions: Float64Array;
  leads: Float64Array;
}

export function volumeBlock(size: number): VolumeBlock {
  return {
    impressions: new Float64Array(size),
    reach: new Float64Array(size),
    clicks: new Float64Array(size),
    conversions: new Float64Array(size),
    leads: new Float64Array(size),
  };
}

/**
 * Scratch space reused by every line item of a run: one normal buffer per rate kind, one for the
 * group-sum noise, and a buffer of zeros that stands in for the draws of a known rate, so that the
 * hot loops have no branch per rate kind.
 */
export class Scratch {
  normals: Float64Array[] = [];
  extra = new Float64Array(0);
  zeros = new Float64Array(0);

  ensure(size: number): void {
    if (this.zeros.length >= size) return;
    this.normals = [0, 1, 2, 3].map(() => new Float64Array(size));
    this.extra = new Float64Array(size);
    this.zeros = new Float64Array(size);
  }
}
