/** BLIND16 held-out bank: placeholder until its author writes it. */
import type { Template } from './eval.types.js';

export const BLIND16_TEMPLATES: Template[] = [];
