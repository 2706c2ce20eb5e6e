// The seed documents' file names, as every source reference names them.
export const SEEDS = {
  council: '000_d01e68b7f2580e43.txt',
  bexley: '001_bb493377fc724227.txt',
  coventry: '002_85009a930093bd13.txt',
  hertfordshire: '003_eef8dc0b317e2207.txt',
  kirklees: '004_bf7614aad86c36e6.txt',
} as const;
