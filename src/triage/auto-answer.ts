/**
 * Tier-1 auto-answers (智能客服): a confident tier-1 complaint whose text clearly matches a
 * knowledge-base article gets that article as the answer at once. Anything less certain — low
 * classifier confidence or no clear article — waits for a person; nothing is ever auto-closed.
 */
import type { AutoAnswerPort } from '../complaints/ports.js';
import type { ComplaintService } from '../complaints/complaint.service.js';
import * as life from '../complaints/lifecycle.js';
import type { KnowledgeBase } from './knowledge-base.js';

export function createAutoAnswer(kb: KnowledgeBase, complaints: ComplaintService): AutoAnswerPort {
  return {
    async tryAnswer(c, lowConfidence) {
      if (c.classification.tier !== 1 || lowConfidence || c.status !== 'received') return null;
      const answer = kb.answer(c.facts);
      if (!answer) return null;
      await complaints.apply(c.id, { type: 'system', id: 'auto-answer' }, (cur, _r, now) =>
        life.autoRespond(cur, { slug: answer.slug, title: answer.title_zh, confidence: answer.confidence }, now),
      );
      await complaints.addMessage(
        c.id,
        { type: 'system', id: 'auto-answer' },
        'to_consumer',
        `您好，您的问题可参考《${answer.title_zh}》：${answer.snippet}\n如果没有解决，请在投诉查询页点击“未解决”，我们会立即转人工处理。\n(${answer.title_en} — if this does not solve it, choose "Not solved" and a person takes over at once.)`,
      );
      return answer.slug;
    },
  };
}
