/** Longest values the shop accepts; longer input gets a 400 with a clear reason. */
export const INPUT_LIMITS = { username: 64, password: 128, item: 40, review: 500 } as const;

/** The most sessions one "crowd" action brings at once. */
export const MAX_CROWD = 5000;
