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
      // Our own article text holds no personal data, so the answer and its message are stored
      // in one transaction without another pass of the PII engine.
      const body = `您好，您的问题可参考《${answer.title_zh}》：${answer.snippet}\n如果没有解决，请在投诉查询页点击“未解决”，我们会立即转人工处理。\n(${answer.title_en} — if this does not solve it, choose "Not solved" and a person takes over at once.)`;
      const answered = await complaints.apply(c.id, { type: 'system', id: 'auto-answer' }, async (cur, _r, now, ctx) => {
        const o = life.autoRespond(cur, { slug: answer.slug, title: answer.title_zh, confidence: answer.confidence }, now);
        const messageId = await ctx.insertMessage('to_consumer', body);
        return { ...o, more: [{ type: 'message_sent', data: { messageId, body } }] };
      });
      await complaints.notifyConsumer(answered, 'message', body);
      return answer.slug;
    },
  };
}
