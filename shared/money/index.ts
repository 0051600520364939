export { type Fen, assertFen, capAt, sumFen } from './fen';
export { formatYuan } from './format-yuan';
export { toChineseAmount } from './chinese-amount';
export { type Rate, type Rounding, applyRate, rateLabel } from './rate';
export { MAX_INPUT_FEN, type MoneyParseErrorCode, type MoneyParseResult, parseYuan } from './parse-yuan';
