/**
 * BLIND24 held-out bank (placeholder: its independent author writes it). This file holds the
 * normal messages, blind24b.templates.ts the fraud and harassment; BLIND24_TEMPLATES joins them.
 */
import type { Template } from './eval.types.js';
import { BLIND24B_TEMPLATES } from './blind24b.templates.js';

const NORMAL: Template[] = [];

export const BLIND24_TEMPLATES: Template[] = [...NORMAL, ...BLIND24B_TEMPLATES];
