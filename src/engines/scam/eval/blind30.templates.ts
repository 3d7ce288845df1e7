/**
 * BLIND30 held-out bank (placeholder: its independent author writes it). This file holds the
 * normal messages, blind30b.templates.ts the fraud and harassment; BLIND30_TEMPLATES joins them.
 */
import type { Template } from './eval.types.js';
import { BLIND30B_TEMPLATES } from './blind30b.templates.js';

const NORMAL: Template[] = [];

export const BLIND30_TEMPLATES: Template[] = [...NORMAL, ...BLIND30B_TEMPLATES];
