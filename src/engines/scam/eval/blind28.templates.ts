/**
 * BLIND28 held-out bank (placeholder: its independent author writes it). This file holds the
 * normal messages, blind28b.templates.ts the fraud and harassment; BLIND28_TEMPLATES joins them.
 */
import type { Template } from './eval.types.js';
import { BLIND28B_TEMPLATES } from './blind28b.templates.js';

const NORMAL: Template[] = [];

export const BLIND28_TEMPLATES: Template[] = [...NORMAL, ...BLIND28B_TEMPLATES];
