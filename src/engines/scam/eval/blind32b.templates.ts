/** BLIND32 held-out bank, second part: fraud and harassment (placeholder: its author writes it). */
import type { Template } from './eval.types.js';

const FRAUD: Template[] = [];
const HARASSMENT: Template[] = [];

export const BLIND32B_TEMPLATES: Template[] = [...FRAUD, ...HARASSMENT];
