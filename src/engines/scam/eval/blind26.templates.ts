/**
 * BLIND26 held-out bank (placeholder: its independent author writes it). This file holds the
 * normal messages, blind26b.templates.ts the fraud and harassment; BLIND26_TEMPLATES joins them.
 */
import type { Template } from './eval.types.js';
import { BLIND26B_TEMPLATES } from './blind26b.templates.js';

const NORMAL: Template[] = [];

export const BLIND26_TEMPLATES: Template[] = [...NORMAL, ...BLIND26B_TEMPLATES];
