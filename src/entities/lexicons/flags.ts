/** Bit flags of what a lower-cased word or phrase can name. */
export const FIRST = 1;
export const LAST = 2;
export const PLACE = 4;
export const ORG = 8;
export const DEMONYM = 16;
export const TEMPORAL = 32;
export const FEMALE = 64;
export const MALE = 128;
/** a common word (adjective, noun, verb...) and nothing else the gazetteer knows */
export const COMMON = 256;
