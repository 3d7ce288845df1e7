/**
 * BLIND29 held-out bank (placeholder: its independent author writes it). This file holds the
 * normal messages, blind29b.templates.ts the fraud and harassment; BLIND29_TEMPLATES joins them.
 */
import type { Template } from './eval.types.js';
import { BLIND29B_TEMPLATES } from './blind29b.templates.js';

const NORMAL: Template[] = [];

export const BLIND29_TEMPLATES: Template[] = [...NORMAL, ...BLIND29B_TEMPLATES];
