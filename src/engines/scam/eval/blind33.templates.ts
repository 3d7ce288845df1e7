/**
 * BLIND33 held-out bank (placeholder: its independent author writes it). This file holds the
 * normal messages, blind33b.templates.ts the fraud and harassment; BLIND33_TEMPLATES joins them.
 */
import type { Template } from './eval.types.js';
import { BLIND33B_TEMPLATES } from './blind33b.templates.js';

const NORMAL: Template[] = [];

export const BLIND33_TEMPLATES: Template[] = [...NORMAL, ...BLIND33B_TEMPLATES];
