/**
 * BLIND23 held-out bank (placeholder: its independent author writes it). This file holds the
 * normal messages, blind23b.templates.ts the fraud and harassment; BLIND23_TEMPLATES joins them.
 */
import type { Template } from './eval.types.js';
import { BLIND23B_TEMPLATES } from './blind23b.templates.js';

const NORMAL: Template[] = [];

export const BLIND23_TEMPLATES: Template[] = [...NORMAL, ...BLIND23B_TEMPLATES];
