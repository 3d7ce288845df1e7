/**
 * Phrase bank G, English share: facts, demands and urgent overlays.
 *
 * Author G wrote this bank without reading any other phrase bank and without running the
 * classifier. It was the blind test set test-g.jsonl until session 5 (2026-12-02), when bank I
 * replaced it; it is in the training data since, and test-g.jsonl is an in-sample check.
 *
 * Styles in this file: call-centre ticket notes in the third person ("Caller reports…"),
 * Filipino and Indonesian domestic helpers in Hong Kong writing plain English with "po" and
 * "Ma'am", programmers' terse bug-report English (repro/expected/actual), sarcastic
 * social-media English, and regulator or hotline transfer headers.
 */
import type { Demand, ScenarioId, UrgentOverlay } from './scenarios.js';

export const G_ENGLISH_FACTS = {
  repay_howto: [
    "Caller asks where to find the current {app} bill and the exact due date; agent walked her through it but she wants it in writing.",
    "Good day po, I am domestic helper here in HK, my salary is cash every month, how I can pay my {app} loan? Can pay at 7-Eleven?",
    "q: does {app} auto-debit on the due date or do i have to tap repay myself? the help page is unclear.",
  ],
  repay_early_howto: [
    "Caller wants to pay off the remaining balance early and asks whether there is a prepayment fee.",
    "Got my bonus and want to clear the {app} loan in one go. Where is the early repayment button hiding?",
    "Ma'am, my contract finish next month and I go home to Indonesia, can I pay all my loan before I fly?",
  ],
  loan_limit_howto: [
    "How does {app} decide my credit limit, and when am I allowed to ask for an increase?",
    "Caller asks what documents are needed to raise the limit; she has no payslips, only bank transfers.",
    "limit stuck at {amt} for 8 months, all payments on time. is there a manual review path?",
  ],
  loan_settlement_proof: [
    "I need a settlement certificate from {app} for my mortgage application. How do I request one and how long does it take?",
    "Caller repaid in full on {date} and requests a stamped loan clearance letter for her bank.",
    "My agency ask paper that my loan is finish already, how to get this from {app} po?",
  ],
  account_unlock: [
    "Locked out after too many wrong passwords. How do I unlock my {app} account?",
    "face check keeps failing -> account locked. is there an alternative unlock flow?",
    "Caller's account was locked after she switched phones; she asks for the unlock steps.",
  ],
  account_phone_change: [
    "My old number is gone. How do I change the phone number on {app} without the old SMS code?",
    "Caller changed mobile number and wants it updated on the account.",
    "I change my SIM because old employer keep the phone, how to update my number in {app}?",
  ],
  card_change_howto: [
    "How do I switch the repayment card on {app}? The old card is being closed.",
    "Caller wants to replace the linked debit card with a new payroll card.",
    "bind card fails with 'card not supported'. which banks are supported?",
  ],
  credit_update_howto: [
    "I paid everything off. How long until my credit report shows the {app} loan as closed?",
    "Caller asks how often {app} reports to the credit bureau.",
    "Which lender name will the {app} loan appear under on my credit report?",
  ],
  addon_cancel_howto: [
    "How do I turn off auto-renewal for the {app} membership?",
    "Caller asks how to cancel the insurance add-on that came with the loan.",
    "where is the cancel option for the paid 'speed-up' package? the menu is four levels deep.",
  ],
  marketing_unsub_howto: [
    "How do I stop {app} promotional texts? I still want repayment reminders.",
    "Caller asks to be taken off the marketing call list.",
    "Please tell me how to turn off the push notifications saying 'your limit is waiting'.",
  ],
  loan_rate_high: [
    "Borrowed {amt}, paying back almost 40% more over a year. That is not a normal rate.",
    "Caller disputes the interest; her own calculation puts the APR above 30%.",
    "Love how {app} calls this 'affordable'. My spreadsheet says 36% APR.",
  ],
  loan_apr_hidden: [
    "The loan page only showed a daily rate. The annual rate and the fees appeared after the money was sent.",
    "Caller says guarantee and service fees were not disclosed before signing.",
  ],
  loan_rejected: [
    "Application rejected with no reason given, and my credit is clean. What are the criteria?",
    "Caller's application was declined three times with 'insufficient score'; requests the reason.",
  ],
  loan_contract_terms: [
    "The contract says {app} can change the fees at any time. I never agreed to that.",
    "I could not even open the full contract before I had to click agree.",
  ],
  repay_fee_penalty: [
    "One day late and I was charged {amt} in penalties plus a 'management fee'.",
    "Caller was charged a late fee inside the advertised grace period.",
  ],
  repay_deduct_error: [
    "The app took the installment three days before the due date, and from the wrong card.",
    "Caller reports the auto-debit took more than the installment amount and nothing was returned.",
  ],
  repay_hardship: [
    "I lost my job and cannot pay this month. Can we set up smaller installments?",
    "Good day, my employer terminate me and I am finding new employer, can I pay later po?",
    "Caller has been unemployed for two months and requests an extension.",
  ],
  collection_contacts: [
    "Collectors called my employer and told my manager about my debt.",
    "They call my employer and my agency, now my employer is angry with me.",
  ],
  collection_night: [
    "Collection calls at 1am and 2am, a different number every time.",
    "Caller reports more than 30 collection calls a day.",
  ],
  collection_insult: [
    "The collector called me a deadbeat and worse, on a recorded line.",
    "Collector shout at me and say bad words about my family.",
  ],
  addon_bundled: [
    "A membership was pre-ticked on the loan page and I could not untick it.",
    "Caller says insurance was added to the loan without her consent.",
  ],
  addon_fee: [
    "{app} has been charging me a monthly 'benefits fee' I never signed up for.",
    "Auto-renewal charged again with no reminder beforehand.",
  ],
  addon_benefit_missing: [
    "Paid for the 'priority approval' package; approval still took two days.",
    "The membership promised interest-free coupons. None ever arrived.",
  ],
  credit_wrong_record: [
    "My credit report shows a late payment on {app} that never happened.",
    "Caller's settled loan still shows an outstanding balance on her credit report.",
  ],
  credit_unauthorized_query: [
    "There is a credit inquiry from {app} that I never authorized.",
    "Caller only used the limit calculator, yet a hard inquiry showed up.",
  ],
  pi_leak: [
    "Right after I borrowed from {app}, other lenders started calling me by name and knew my loan amount.",
    "Caller believes her ID number and phone number were leaked to third parties.",
  ],
  pi_permissions: [
    "The app refuses to run unless I give it my contacts and location.",
    "I want every document I uploaded deleted, and nobody can tell me how.",
  ],
  account_close_refused: [
    "I have no balance and still cannot close my account. It just says 'conditions not met'.",
    "Caller's closure request has been pending for a month.",
  ],
  account_system_fault: [
    "App crashes on launch since the update, and repayment is due tomorrow.",
    "repro: login -> white screen. 100% on latest android build. expected: home page.",
  ],
  payment_not_credited: [
    "My bank shows the repayment went through on {date}; the app still says unpaid.",
    "Caller paid at a bank counter; the payment is not credited after a week.",
  ],
  payment_double_charge: [
    "One payment, two identical charges three seconds apart.",
    "Caller's card was charged twice for a single installment.",
  ],
  payment_channel_forced: [
    "The only way to repay is through their own wallet. Why can I not just use my bank card?",
    "Caller was forced to open a partner bank e-account to receive the loan.",
  ],
  marketing_harass: [
    "Three sales calls a day asking if I want a loan. I said no every single time.",
    "Caller opted out, but the promotional texts keep coming.",
  ],
  marketing_misleading: [
    "The ad said 30 days interest-free. I was charged interest from day one.",
    "Caller says the livestream host promised a cash bonus that turned out to be a coupon.",
  ],
  service_attitude: [
    "The agent sighed, interrupted me and then hung up.",
    "Caller complains the agent mocked her accent.",
  ],
  service_unreachable: [
    "Forty minutes on hold, then disconnected. The chat is only a bot.",
    "A callback was promised within 24 hours; nobody called for three days.",
  ],
  fraud_impersonation: [
    "Someone claiming to be {app} support said my account would be frozen and had me move {amt} to a 'verification account'. The number is now dead.",
    "Caller was asked by a fake agent to share her screen in a meeting app; her savings were transferred out.",
    "A man call me and say he is from {app}, my loan need unlock fee, I pay three times already, now cannot contact him.",
  ],
  fraud_credit_repair: [
    "Paid a 'credit repair' agent to remove my {app} late record; the record is still there and he blocked me.",
    "Caller was told to cancel a 'student loan account' to protect her credit, then guided to borrow and transfer the money out.",
  ],
  loan_identity_theft: [
    "There is a {app} loan under my name that I never applied for. The payout went to a card that is not mine.",
    "Caller's lost ID card was used to register an account and borrow.",
  ],
  account_stolen: [
    "My {app} account was logged in from another city overnight, the phone number was changed and the limit drawn down.",
    "Caller lost her phone; two loans appeared on her account the next day.",
  ],
  collection_threat: [
    "The collector sent a photo of my kid's school gate with the words 'cute kid'.",
    "Caller was told doctored photos of her would be sent to all her contacts.",
    "They say they will come to my employer house and make me lose my visa.",
  ],
} satisfies Partial<Record<ScenarioId, readonly string[]>>;

export const G_ENGLISH_DEMANDS = {
  refund: ["Please refund the money to my card.", "Caller requests a refund.", "Give back what you took.", "Refund po please, I need that money for my family."],
  stop_harassment: ["Stop calling and texting me.", "Caller requests that all calls stop.", "Please stop disturbing me and my employer.", "Remove my number from every list you have."],
  negotiate_repayment: ["I want a repayment plan I can actually afford.", "Caller requests an extension or restructuring.", "Can I pay smaller every month po?", "Freeze the interest and let me pay the principal over a longer term."],
  correct_credit: ["Please fix my credit report.", "Caller requests the record be corrected with the bureau.", "Remove the wrong entry and send me written confirmation.", "I need the credit record corrected before my mortgage decision."],
  explanation: ["Please explain what happened.", "Caller requests a written explanation.", "I just want someone to tell me clearly what is going on.", "Explain the basis, step by step."],
  close_account: ["Close my account.", "Caller requests cancellation and account closure.", "Cancel it and make sure nothing else is charged.", "Delete the account, I am done with you."],
  compensation: ["I expect compensation for my losses.", "Caller requests compensation.", "Pay for the trouble this caused.", "Cover the fees I had to pay because of this."],
  apology: ["I want an apology.", "Caller requests a formal apology.", "The agent should apologise to me directly.", "A real apology, not a template text."],
  other: ["Please have a human call me back.", "Caller requests a callback from a supervisor.", "Log this and give me a ticket number.", "Fix the process so this stops happening to people."],
} satisfies Record<Demand, readonly string[]>;

export const G_ENGLISH_OVERLAYS = {
  self_harm: [
    "I have been saving up pills. I do not think I can keep doing this.",
    "Honestly I keep thinking everyone would be better off without me.",
    "Caller said she has written letters to her family and 'won't be a burden much longer'.",
    "I am typing this from the roof of my building.",
    "I already said goodbye to my mum on the phone tonight.",
    "If this is not sorted by Friday I am done with everything, for good.",
    "Note: caller described a plan to end his life; please escalate now.",
    "Po, I think better I just disappear forever, then my family can get my insurance.",
  ],
  vulnerable: [
    "I am deaf and can only type; every verification you offer is a voice call.",
    "Writing for my uncle, who has a learning disability and was walked through the app by someone else.",
    "Caller is undergoing chemotherapy and has no income.",
    "I use a screen reader and half of the buttons in the app have no labels.",
    "My father just had a stroke and cannot speak clearly; I am handling this for him.",
    "Caller is 84, cannot read, and a social worker is helping her.",
    "The borrower is my 16-year-old son, who used my ID card.",
    "I am in hospital on bed rest late in my pregnancy and cannot deal with these calls.",
  ],
  regulator: [
    "Referral from the 12378 hotline: please handle and report back within the deadline.",
    "Transferred by the local financial regulator; reference number attached.",
    "12345 citizen hotline transfer sheet, financial complaint, written reply required.",
    "I already filed this with the regulator and they told me it was sent to you.",
    "Case referred by the PBoC branch office for follow-up.",
    "Regulator referral received today; the consumer requests a written outcome.",
    "The NFRA office called me and said my case was forwarded to your company.",
    "Source: regulator transfer (12378). Deadline per the referral letter.",
  ],
} satisfies Record<UrgentOverlay, readonly string[]>;
