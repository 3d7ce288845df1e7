/**
 * Phrase bank F, part 4: English rows, written the way overseas Chinese, Singaporean and Malaysian
 * users, foreign spouses and students abroad write: Singlish particles, Chinese words mixed in,
 * non-native grammar, explicit "not an emergency" near-misses. Author F wrote this bank without
 * reading any other phrase bank and without running the classifier. It was written blind as the
 * test set test-f.jsonl, run as a test, then burned: since 2026-12-01 (session 4) it is training
 * data (corpus/triage/generate-corpus.ts, docs/evaluation.md).
 */
import type { PhraseBank } from './scenarios.js';

export const ENGLISH_F: PhraseBank['english'] = {
  facts: {
    repay_howto: [
      "Hi, I'm in Sydney now. How can I pay this month's bill with an overseas card?",
      "Where to see my 应还金额 ah? The app all in Chinese, my Chinese reading not so good.",
      "Which date is my due date? App says {date} but the SMS says another one.",
    ],
    repay_early_howto: [
      "Got my bonus already, want to settle the whole loan early la. Where is the early repayment button?",
      "Can I repay part of the principal early, or must I clear everything at once?",
    ],
    loan_limit_howto: [
      "How to increase my credit limit? Been using {app} for one year, still {amt} only.",
      "I work in Singapore, payslip in SGD. What documents do I need to raise my limit?",
    ],
    loan_settlement_proof: [
      "I need a settlement certificate in English for my visa application. Can you issue one?",
      "Loan fully paid last month, how do I get the 结清证明 with company chop?",
    ],
    account_unlock: [
      "My account got locked after I typed the wrong password too many times. Not hacked, just me being careless. How to unlock?",
      "Face verification failed 3 times and now I'm locked out. How long until it unlocks?",
    ],
    account_phone_change: [
      "I moved to Malaysia and my China number is cancelled. How do I change the phone number on my account to a +60 number?",
    ],
    card_change_howto: [
      "How do I change the bank card for auto-debit? My old card expired and the new one has a different number.",
    ],
    credit_update_howto: ["How long until my credit report shows the loan as settled? My mortgage officer is asking."],
    addon_cancel_howto: ["How do I switch off the auto-renew for the membership? Can't find it in settings."],
    marketing_unsub_howto: ["How do I stop the promo SMS? Replying TD doesn't seem to do anything."],
    loan_rate_high: [
      "The APR works out to about 35%, which is way above 24%. Too expensive for a personal loan.",
      "Borrowed {amt}, by the end I pay almost double. Your rate is ridiculous lah.",
    ],
    loan_apr_hidden: ["The app only showed a daily rate. The annual rate was never shown to me before I signed."],
    loan_rejected: ["Applied three times, rejected every time with 'insufficient score', but my credit is clean. Why?"],
    loan_contract_terms: ["Your contract says you can change the interest rate any time on your own. How is that a fair term?"],
    repay_fee_penalty: ["I was one day late and you charged {amt} in penalty. That's crazy."],
    repay_deduct_error: ["Auto-debit took the money three days before the due date. My rent money is gone."],
    repay_hardship: ["Lost my job in Dubai last month and had to come back. I can't make this month's payment."],
    collection_contacts: ["Your collectors called my mum and my boss. Why are they telling other people about my loan?"],
    collection_night: [
      "They call me at 2am every night. I'm not in danger or anything, just really annoyed and can't sleep.",
    ],
    collection_insult: ["The collector called me useless trash on the phone and swore at my parents."],
    addon_bundled: ["The membership was pre-ticked when I took the loan. I never chose it."],
    addon_fee: ["The membership fee is higher than my interest. Way overpriced."],
    addon_benefit_missing: ["Paid for the VIP card that promised a limit increase. One month later, nothing."],
    credit_wrong_record: ["My credit report shows an overdue on {date}, but I paid on time every single month."],
    credit_unauthorized_query: ["There's a loan-approval inquiry from {app} on my credit report. I never applied."],
    pi_leak: ["Right after I applied, loan agents started calling me and they knew my name and loan amount."],
    pi_permissions: ["Why does the app need my contacts and photo album just to borrow money?"],
    account_close_refused: ["I want to close my account. Everything is paid, but the app keeps saying 'not supported'."],
    account_system_fault: ["The app crashes every time I open it since the last update. Three days already."],
    payment_not_credited: ["Money was deducted from my card but the app still says the payment failed."],
    payment_double_charge: ["I paid once and got charged twice for the same {amt}."],
    payment_channel_forced: ["Why can I only repay through your own wallet? I want to use a normal bank transfer."],
    marketing_harass: ["I get three promo messages a day even after I unsubscribed. Every day."],
    marketing_misleading: ["The ad said 30 days interest-free, but I was charged interest from day one."],
    service_attitude: [
      "The agent was so rude and hung up when I asked again. Not an emergency, I'm fine, just really annoyed.",
    ],
    service_unreachable: ["Can't reach a human at all. The hotline is always busy and the chatbot loops."],
    fraud_impersonation: [
      "Someone claiming to be {app} customer service told me to transfer {amt} to 'unfreeze' my account. I paid and they blocked me.",
      "A guy said he was from {app} and asked me to share my screen. After that {amt} was gone from my card.",
    ],
    fraud_credit_repair: [
      "I paid a 'credit repair' agency {amt} to delete my overdue record. They disappeared.",
    ],
    loan_identity_theft: [
      "There's a loan under my name at {app} that I never took. Someone used my ID card.",
      "I have been abroad the whole year, passport stamps to prove it, yet a loan was taken in my name.",
    ],
    account_stolen: ["My account was logged in from another city last night and someone borrowed {amt} and withdrew it."],
    collection_threat: [
      "The collector said he knows which school my kid goes to and told me to 'be careful'.",
      "They sent a photo of my building entrance with the words 'see you downstairs'.",
    ],
  },
  demands: {
    refund: ["Please refund the money.", "I want my money back to the original card.", "Refund pls, asap."],
    stop_harassment: ["Please stop contacting me.", "Stop calling and texting, thank you.", "Take my number off your list."],
    negotiate_repayment: ["Can we work out an installment plan?", "Can I pay only the principal for a few months?"],
    correct_credit: ["Please correct my credit report.", "Remove the wrong record from my credit file."],
    explanation: ["Please explain.", "Can someone tell me what's going on?", "Please let me know the steps."],
    close_account: ["Please close it for good.", "Cancel it and close my account."],
    compensation: ["I expect compensation for my losses.", "You should compensate me for this."],
    apology: ["I want a proper apology.", "An apology from the staff involved, please."],
    other: ["Please pass this feedback to your product team.", "Please keep a record of this on file."],
  },
  overlays: {
    self_harm: [
      "Honestly I don't see the point of waking up tomorrow anymore.",
      "I've written letters to my kids, just in case.",
      "If I'm gone, does the debt just disappear?",
      "I've been standing on the balcony a lot at night lately, thinking it would be easier to just let go.",
    ],
    vulnerable: [
      "I'm writing for my father. He has dementia and doesn't remember applying.",
      "I'm a social worker; my client is blind and lives alone.",
      "My brother has a serious mental illness and borrowed during an episode. I'm his guardian.",
      "I'm deaf, so please don't call me. Text only.",
    ],
    regulator: [
      "This complaint was referred by the NFRA 12378 hotline, ref [编号#1].",
      "Forwarded from the PBoC consumer protection office, case no. [编号#2].",
      "I already lodged this with the financial regulator (12378); they told me to expect your call.",
    ],
  },
};
