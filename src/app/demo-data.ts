/**
 * Demo data for a first run: one staff account per role and a handful of realistic complaints
 * (fictional people, generated numbers) so the desk has something to show. Passwords are random
 * and printed once on the console.
 */
import { randomBytes } from 'node:crypto';
import type { StaffRole } from '../auth/roles.js';
import { ROLES } from '../auth/roles.js';
import { intakeComplaint } from '../complaints/intake-complaint.js';
import type { IntakeBody } from '../complaints/complaint.schemas.js';
import type { App } from './build-app.js';

const DEMO_COMPLAINTS: IntakeBody[] = [
  {
    channel: 'app',
    text: '我上个月已经提前还清了借款，但是这个月又被自动扣了 1,280 元，请尽快核实并退款。',
    demand: '退还多扣的款项',
    consumer: { name: '李晓明', phone: '13812345678' },
    institution: '示例消费金融',
    product: '循环贷',
  },
  {
    channel: 'wechat',
    text: '催收人员晚上11点还在给我打电话，还说要联系我的单位和家人，我已经说了下周发工资就还。',
    demand: '停止骚扰，协商还款时间',
    consumer: { name: '王芳', phone: '15900001111' },
    institution: '示例消费金融',
  },
  {
    channel: 'hotline',
    text: '借款时被默认勾选了会员服务，每月扣费 29 元，我从来没有用过，要求取消并退还会员费。',
    consumer: { name: '张伟', phone: '18688886666' },
    institution: '示例消费金融',
    product: '分期借款',
  },
  {
    channel: 'web',
    text: '我的征信报告上显示有一笔逾期，但是我每期都按时还款了，请帮我核实并更正征信记录。',
    demand: '更正征信',
    consumer: { name: '陈静', email: 'chenjing@example.com' },
    institution: '示例消费金融',
  },
  {
    channel: 'app',
    text: '账户登录不上去了，提示账户被冻结，请问怎么解冻？',
    consumer: { name: '刘洋', phone: '17712340000' },
    institution: '示例消费金融',
  },
  {
    channel: 'regulator_referral',
    text: '消费者反映有人冒充贵公司客服，以“协商还款”为名让其转账到个人账户，损失 2 万元，请核查处理并反馈。',
    consumer: { name: '赵磊', phone: '13598765432' },
    institution: '示例消费金融',
    referral: { number: 'ZJ-2026-000123', regulator: '国家金融监督管理总局某监管局', dueAt: new Date(Date.now() + 10 * 86_400_000).toISOString() },
  },
];

export interface DemoSeedResult {
  users: Array<{ username: string; role: StaffRole; password: string }>;
  complaints: number;
}

/** Seeds only an empty database unless forced; returns null when nothing was done. */
export async function seedDemo(app: App, force: boolean): Promise<DemoSeedResult | null> {
  if (!force && (await app.services.auth.countUsers()) > 0) return null;
  const users: DemoSeedResult['users'] = [];
  for (const role of ROLES) {
    const username = `demo-${role}`;
    const password = randomBytes(9).toString('base64url');
    try {
      await app.services.auth.createUser({ username, displayName: `演示${role}`, role, password });
      users.push({ username, role, password });
    } catch {
      // Already there from an earlier forced seed: keep its password.
    }
  }
  const { intake } = app.internals;
  for (const body of DEMO_COMPLAINTS) await intakeComplaint(intake, body, { actor: { type: 'system', id: 'demo' } });
  return { users, complaints: DEMO_COMPLAINTS.length };
}
