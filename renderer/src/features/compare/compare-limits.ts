/** How many scenarios the compare page puts side by side. */
export const MAX_COMPARED = 4;
