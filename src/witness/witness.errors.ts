/**
 * Error codes of the witness (c2sp.org/tlog-witness add-checkpoint). The protocol fixes each
 * status; witness.routes.ts answers them as plain text "<code>: <English message>", except
 * WITNESS_OLD_SIZE_MISMATCH, whose body the protocol fixes to the latest cosigned size.
 */
import { defineErrors, errorFactory } from '../shared/errors.js';
import { text } from '../shared/i18n.js';

export const witnessErrors = defineErrors({
  WITNESS_BAD_REQUEST: { status: 400, message: text('见证请求格式有误：{reason}', 'Malformed add-checkpoint request: {reason}') },
  WITNESS_UNKNOWN_LOG: { status: 404, message: text('本见证不认识日志 {origin}。', 'This witness does not know the log {origin}.') },
  WITNESS_UNTRUSTED_SIGNATURE: {
    status: 403,
    message: text('检查点没有该日志受信任密钥的有效签名：{reason}', 'The checkpoint has no valid signature by a trusted key of its log: {reason}'),
  },
  WITNESS_OLD_SIZE_TOO_LARGE: { status: 400, message: text('旧大小 {old} 超过检查点大小 {size}。', 'The old size {old} is larger than the checkpoint size {size}.') },
  WITNESS_OLD_SIZE_MISMATCH: {
    status: 409,
    message: text('旧大小 {old} 不是本见证最近联署的大小 {latest}。', 'The old size {old} is not the latest cosigned size {latest}.'),
  },
  WITNESS_ROOT_MISMATCH: {
    status: 409,
    message: text('检查点大小与最近联署的相同，但根哈希不同。', 'The checkpoint has the size of the latest cosigned checkpoint but another root hash.'),
  },
  WITNESS_INCONSISTENT: {
    status: 422,
    message: text('从大小 {old} 到 {size} 的一致性证明无法验证：{reason}', 'The consistency proof from size {old} to {size} does not verify: {reason}'),
  },
});

export type WitnessErrorCode = keyof typeof witnessErrors;

export const witnessError = errorFactory(witnessErrors);

export function isWitnessCode(code: string): code is WitnessErrorCode {
  return Object.hasOwn(witnessErrors, code);
}
