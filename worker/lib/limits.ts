/** The largest request body any route accepts (kept apart from body.ts so Node scripts can read it). */
export const MAX_BODY_BYTES = 256 * 1024;
