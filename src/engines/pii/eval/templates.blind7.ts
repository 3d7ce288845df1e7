/** BLIND7 templates (placeholder: its independent author writes them). Slots as in corpus.gen.ts fill(). */
export const BLIND7_TEMPLATES: readonly string[] = [];
