/** The standard genetic code (NCBI translation table 1): DNA codon to one-letter amino acid, '*' for stop. */
const bases = "TCAG";
const aminoAcids = "FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG";

export const codonTable: ReadonlyMap<string, string> = new Map(
  [...aminoAcids].map((aminoAcid, index) => {
    const codon = `${bases[Math.floor(index / 16)]}${bases[Math.floor(index / 4) % 4]}${bases[index % 4]}`;
    return [codon, aminoAcid];
  }),
);

/** Average residue masses (Da) of the 20 standard amino acids, as in a peptide chain (free amino acid minus water). */
export const residueMasses: Readonly<Record<string, number>> = {
  A: 71.0788,
  R: 156.1875,
  N: 114.1038,
  D: 115.0886,
  C: 103.1388,
  E: 129.1155,
  Q: 128.1307,
  G: 57.0519,
  H: 137.1411,
  I: 113.1594,
  L: 113.1594,
  K: 128.1741,
  M: 131.1926,
  F: 147.1766,
  P: 97.1167,
  S: 87.0782,
  T: 101.1051,
  W: 186.2132,
  Y: 163.176,
  V: 99.1326,
};

/** Average mass of water (Da), added once for the chain's free ends. */
export const waterMass = 18.01524;
