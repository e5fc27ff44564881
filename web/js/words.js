// The words the canvas shows too (src/core/words.h), handed over once at start with the options.
export const words = {};
