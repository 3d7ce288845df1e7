/**
 * BLIND22 held-out bank (placeholder: its independent author writes it). This file holds the
 * normal messages, blind22b.templates.ts the fraud and harassment; BLIND22_TEMPLATES joins them.
 */
import type { Template } from './eval.types.js';
import { BLIND22B_TEMPLATES } from './blind22b.templates.js';

const NORMAL: Template[] = [];

export const BLIND22_TEMPLATES: Template[] = [...NORMAL, ...BLIND22B_TEMPLATES];
