/**
 * BLIND25 held-out bank (placeholder: its independent author writes it). This file holds the
 * normal messages, blind25b.templates.ts the fraud and harassment; BLIND25_TEMPLATES joins them.
 */
import type { Template } from './eval.types.js';
import { BLIND25B_TEMPLATES } from './blind25b.templates.js';

const NORMAL: Template[] = [];

export const BLIND25_TEMPLATES: Template[] = [...NORMAL, ...BLIND25B_TEMPLATES];
