export { type DateParseErrorCode, type DateParseResult, MAX_YEAR, MIN_YEAR, parseDate } from './parse-date';
