/**
 * BLIND32 held-out bank (placeholder: its independent author writes it). This file holds the
 * normal messages, blind32b.templates.ts the fraud and harassment; BLIND32_TEMPLATES joins them.
 */
import type { Template } from './eval.types.js';
import { BLIND32B_TEMPLATES } from './blind32b.templates.js';

const NORMAL: Template[] = [];

export const BLIND32_TEMPLATES: Template[] = [...NORMAL, ...BLIND32B_TEMPLATES];
