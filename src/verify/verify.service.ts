/**
 * "Is this really my lender?" as a product capability, around the pure analyzer engine.
 *
 * Contract:
 * - `check` MUST analyse with the current registry index and the database-backed fraud lookup,
 *   and MUST store the check WITHOUT raw personal data: verdict, reasons (display-masked) and
 *   indicators; the message text and sender only after `privacy.maskForDisplay`.
 * - Engine input errors MUST surface as the catalogue's VERIFY_* codes naming the field.
 * - `report` MUST key the reporter by a keyed hash of the client address (never the address),
 *   count each (indicator, source) once, and MUST skip the registry's own channels.
 * - `fileComplaint` MUST go through `intakeComplaint` (idempotent per check) with a masked
 *   summary as text and the consumer's own message as a text/plain evidence file; the message
 *   is accepted only when its masked form equals the stored one (it is the checked message).
 */
import { createHmac, randomUUID } from 'node:crypto';
import type { Actor } from '../complaints/complaint.model.js';
import type { IntakeBody } from '../complaints/complaint.schemas.js';
import { intakeComplaint, type IntakeDeps, type IntakeResult } from '../complaints/intake-complaint.js';
import type { ConsumerIdentity, PrivacyPort } from '../complaints/ports.js';
import { analyzeMessageAsync, ScamInputError, type FraudLookup, type Indicator, type MessageInput, type Verdict } from '../engines/scam/index.js';
import { isOfficialIndicator } from './official-indicator.js';
import type { RegistryService } from './registry.service.js';
import { fromEngineError, verifyError } from './verify.errors.js';
import type { CheckRecord, VerifyRepository } from './verify.repository.js';

export interface VerifyServiceDeps {
  repo: VerifyRepository;
  registry: RegistryService;
  fraudLookup: FraudLookup;
  privacy: PrivacyPort;
  intake: IntakeDeps;
  /** Secret for hashing client addresses into report sources. */
  sourceKey: Buffer;
  clock: () => Date;
}

export interface CheckResult extends Verdict {
  checkId: string;
  registryVersion: string;
}

export interface ComplaintFromCheck {
  consumer: ConsumerIdentity;
  institution?: string | undefined;
  /** The original message, which the consumer's page still holds; attached as evidence. */
  message?: string | undefined;
}

const VERDICT_ZH: Record<Verdict['verdict'], string> = { official: '官方渠道', unverified: '无法确认', suspicious: '可疑', fraud: '诈骗', harassment: '违规催收' };
const SUMMARY_CHARS = 600;

export class VerifyService {
  constructor(private readonly deps: VerifyServiceDeps) {}

  async check(input: MessageInput): Promise<CheckResult> {
    const { registry, privacy } = this.deps;
    const index = registry.index;
    const now = this.deps.clock();
    let verdict: Verdict;
    try {
      verdict = await analyzeMessageAsync(input, { index, fraudLookup: this.deps.fraudLookup, now });
    } catch (err) {
      if (err instanceof ScamInputError) throw fromEngineError(err);
      throw err;
    }
    const id = randomUUID();
    const mask = (s: string): string => privacy.maskForDisplay(s);
    await this.deps.repo.insertCheck({
      id,
      createdAt: now,
      channel: input.channel ?? null,
      verdict: verdict.verdict,
      risk: verdict.risk,
      fraudType: verdict.fraudType,
      institutionId: verdict.institution?.id ?? null,
      reasons: verdict.reasons.map((r) => ({
        code: r.code,
        weight: r.weight,
        message: { zh: mask(r.message.zh), en: mask(r.message.en) },
        evidence: { ...r.evidence, text: mask(r.evidence.text) },
      })),
      indicators: verdict.indicators,
      maskedText: input.text?.trim() ? mask(input.text) : null,
      maskedSender: input.sender?.trim() ? mask(input.sender) : null,
      registryVersion: registry.version,
      reportedAt: null,
      complaintId: null,
    });
    return { ...verdict, checkId: id, registryVersion: registry.version };
  }

  async report(checkId: string, clientAddress: string): Promise<{ checkId: string; reported: Indicator[]; newReports: number }> {
    const check = await this.load(checkId);
    const reportable = check.indicators.filter((i) => !isOfficialIndicator(this.deps.registry.index, i));
    if (reportable.length === 0) throw verifyError('VERIFY_NOTHING_TO_REPORT');
    const at = this.deps.clock();
    const sourceHash = createHmac('sha256', this.deps.sourceKey).update(`verify-source\u0000${clientAddress}`).digest().subarray(0, 16);
    const newReports = await this.deps.repo.insertReports(
      reportable.map((indicator) => ({ indicator, sourceHash, checkId, evidenceRef: `verify_check:${checkId}`, at })),
    );
    await this.deps.repo.markReported(checkId, at);
    return { checkId, reported: reportable, newReports };
  }

  async fileComplaint(checkId: string, body: ComplaintFromCheck, actor: Actor): Promise<IntakeResult> {
    const check = await this.load(checkId);
    if (body.message !== undefined && this.deps.privacy.maskForDisplay(body.message) !== check.maskedText) {
      throw verifyError('VERIFY_MESSAGE_MISMATCH', { field: 'message' });
    }
    const evidence = body.message ?? check.maskedText ?? `sender: ${check.maskedSender ?? '-'}`;
    const institution = body.institution ?? this.institutionName(check.institutionId);
    const intakeBody: IntakeBody = {
      channel: 'web',
      text: this.summary(check),
      consumer: body.consumer,
      ...(institution ? { institution } : {}),
      attachments: [{ filename: body.message === undefined ? 'message-masked.txt' : 'message.txt', contentBase64: Buffer.from(evidence, 'utf8').toString('base64') }],
    };
    const result = await intakeComplaint(this.deps.intake, intakeBody, { idempotencyKey: `verify:${checkId}`, actor });
    if (!result.replayed) await this.deps.repo.linkComplaint(checkId, result.complaint.id);
    return result;
  }

  private async load(checkId: string): Promise<CheckRecord> {
    const check = await this.deps.repo.findCheck(checkId);
    if (!check) throw verifyError('VERIFY_CHECK_NOT_FOUND');
    return check;
  }

  private institutionName(id: string | null): string | undefined {
    if (!id) return undefined;
    const inst = this.deps.registry.index.institutions.find((i) => i.id === id);
    return inst?.name.zh.replace(/\s*\(SAMPLE\)\s*$/, '');
  }

  /** Complaint text: what the check found, in words a complaint handler reads first. */
  private summary(c: CheckRecord): string {
    const reasons = c.reasons.slice(0, 3).map((r) => `- ${r.message.zh}`);
    return [
      `消费者通过“这是我的贷款机构吗？”核验了一条消息（核验编号 ${c.id}）。`,
      `核验结论：${VERDICT_ZH[c.verdict as Verdict['verdict']] ?? c.verdict}（${c.verdict}），风险 ${c.risk}${c.fraudType ? `，诈骗类型 ${c.fraudType}` : ''}。`,
      ...(c.maskedSender ? [`来电/发送号码：${c.maskedSender}`] : []),
      ...(reasons.length ? ['主要理由：', ...reasons] : []),
      ...(c.maskedText ? [`消息摘要：${c.maskedText.slice(0, SUMMARY_CHARS)}`] : []),
    ].join('\n');
  }
}
