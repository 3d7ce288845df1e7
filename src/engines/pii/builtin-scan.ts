/**
 * The one SharedScan of the built-in recognizers: name, address and cue-value recognizers register
 * their word lists here, so a text is walked once for all of them (see SharedScan in lexicon.ts).
 */
import { SharedScan } from './lexicon.js';

export const builtinScan = new SharedScan();
