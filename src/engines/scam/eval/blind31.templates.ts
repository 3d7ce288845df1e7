/**
 * BLIND31 held-out bank (placeholder: its independent author writes it). This file holds the
 * normal messages, blind31b.templates.ts the fraud and harassment; BLIND31_TEMPLATES joins them.
 */
import type { Template } from './eval.types.js';
import { BLIND31B_TEMPLATES } from './blind31b.templates.js';

const NORMAL: Template[] = [];

export const BLIND31_TEMPLATES: Template[] = [...NORMAL, ...BLIND31B_TEMPLATES];
