/** How many generated cases a fuzz property runs: bounded in `npm test`, larger with `npm run fuzz`. */
export const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? 60);
