/**
 * BLIND27 held-out bank (placeholder: its independent author writes it). This file holds the
 * normal messages, blind27b.templates.ts the fraud and harassment; BLIND27_TEMPLATES joins them.
 */
import type { Template } from './eval.types.js';
import { BLIND27B_TEMPLATES } from './blind27b.templates.js';

const NORMAL: Template[] = [];

export const BLIND27_TEMPLATES: Template[] = [...NORMAL, ...BLIND27B_TEMPLATES];
