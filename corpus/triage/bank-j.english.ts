/**
 * Author J (training only): English from foreign workers in China (Indian and Filipino
 * English: "kindly", "do the needful", "revert", "po", "na") and text-speak (u, pls, thx,
 * asap). Every scenario has at least two facts. See bank-j.extras.ts for the header.
 */
import type { PhraseBank } from './scenarios.js';

export const J_ENGLISH: PhraseBank['english'] = {
  facts: {
    repay_howto: [
      'hi first time using {app}, where do i see how much to pay this month n the due date? cant find it pls',
      'Sir kindly tell me how to make repayment in {app}, I am not able to find the repay button and which date is the last date.',
      'po how do i pay my loan in {app}? is it auto deduct or i pay by myself? sorry first time po',
    ],
    repay_early_howto: [
      'I want to close my loan early. Can I prepay all the remaining installments in {app}? What is the procedure?',
      'can i pay off the remaining 7 months at once? do i need to apply first or just click smth',
      'Kindly inform whether partial prepayment is allowed or only full settlement, and how to do it.',
    ],
    loan_limit_howto: [
      'how is my credit limit decided? i only got {amt}, how to increase it pls',
      'Kindly guide me how to apply for limit increase in {app}, I am paying on time since 6 months.',
    ],
    loan_settlement_proof: [
      'I paid off everything on {date}, I need a settlement certificate for my bank. How to get it from {app}?',
      'hi po, where can i download the loan clearance proof? my employer is asking for it',
    ],
    account_unlock: [
      'my account got locked after i typed wrong password 5 times, how to unlock it?',
      'Face verification keeps failing and now my account is frozen. Kindly tell me how to unfreeze.',
    ],
    account_phone_change: [
      'I changed my phone number and the old SIM is gone. How do I update the registered mobile number in {app}?',
      'new number na po, how to change the number linked to my account? cant get otp on the old one',
    ],
    card_change_howto: [
      'how do i change the bank card used for auto debit? old card expired',
      'Kindly let me know how to replace my linked bank card, I have changed my salary account.',
    ],
    credit_update_howto: [
      'i fully repaid last month, when will my credit report show it as closed?',
      'How often do you report to the credit bureau? I need my report updated before applying for a credit card.',
    ],
    addon_cancel_howto: [
      'how to turn off the membership auto renew? cant find it in settings',
      'I do not need the insurance add-on anymore, where do I cancel it for next month?',
    ],
    marketing_unsub_howto: [
      'how do i unsubscribe from ur promo sms? only want repayment reminders thx',
      'Please tell me how to stop marketing calls and messages from {app}, which setting?',
    ],
    loan_rate_high: [
      'Interest is too much! {amt} loan and I am paying almost 36% per year, how is this fair?',
      'ur rate is crazy high, way above what banks charge, why so expensive',
      'Sir the interest you are charging is very high, nearly 40% yearly. This pricing is not correct.',
    ],
    loan_apr_hidden: [
      'The loan page only showed daily interest, the annual rate was hidden deep in the contract. Why not show the APR clearly?',
      'no one showed me the real yearly rate before i borrowed, only "few yuan per day", found out after',
    ],
    loan_rejected: [
      'My loan application got rejected with no reason, only "score insufficient". What is the actual reason?',
      'it shows i have {amt} limit but every time i withdraw it says cannot disburse, why??',
    ],
    loan_contract_terms: [
      'the contract says u can change the interest rate anytime without my consent, this clause is unfair',
      'Contract says any dispute must go to a court in your city, very far from me. Is this clause even legal?',
    ],
    repay_fee_penalty: [
      'I was late only 2 days and you charged a penalty of {amt}. Why such a big fee?',
      'early repayment fee 3% of remaining principal?? why am i charged for paying early',
    ],
    repay_deduct_error: [
      'my card had enough money but auto debit failed on due date and now it shows overdue. ur system problem',
      'Auto deduction took more than my bill amount this month. Why was extra deducted?',
    ],
    repay_hardship: [
      'I lost my job last month and cannot pay {amt} this month. Can I get an extension or smaller installments?',
      'po my salary was delayed 2 months, can we talk about a new repayment plan? i will pay, just need time',
    ],
    collection_contacts: [
      'Your collection agent called my boss and my sister and told them about my debt. Why are you calling my contacts?',
      'they called my roommate n my parents saying i owe money, so embarrassing',
    ],
    collection_night: [
      'collection calls at 1am and 6am every day, cant sleep at all',
      'Agents are calling me after 11 pm, 8 times in one night. Is this allowed?',
    ],
    collection_insult: [
      'The collector shouted bad words at me and called me a cheater and shameless.',
      'collector called me stupid n useless on the phone, very insulting',
    ],
    addon_bundled: [
      'membership was pre-ticked when i borrowed, cannot untick or the loan wont go thru. forced bundling',
      'They said the loan will be approved only if I buy their insurance. I had no choice.',
    ],
    addon_fee: [
      'membership fee 99 per month is more than my interest, why so costly',
      'The guarantee fee is {amt}, higher than the interest itself. Too much charges for this add-on.',
    ],
    addon_benefit_missing: [
      'I paid for the limit-up membership but my limit never increased.',
      'bought the fast disbursement card, promised 30 min, still waited 2 days',
    ],
    credit_wrong_record: [
      'I paid every installment on time but my credit report shows an overdue from {app}. This record is wrong.',
      'loan closed on {date} but credit report still shows outstanding after 6 months',
    ],
    credit_unauthorized_query: [
      'My credit report shows {app} checked my credit for loan approval. I never applied. Who authorised this?',
      'there r 3 credit inquiries from ur company, i never gave permission',
    ],
    pi_leak: [
      'Right after I applied on {app}, loan agents started calling me knowing my name and loan amount. Did you leak my data?',
      'scammers know my loan details from {app}, how did they get my info??',
    ],
    pi_permissions: [
      'app wont work unless i allow contacts, photos and location. why need all this for a loan?',
      'How do I withdraw the contacts permission and get my personal data deleted?',
    ],
    account_close_refused: [
      'I repaid everything and want to close my account, but support says it cannot be closed. Why?',
      'tried to delete my account 3 times, always "not eligible", i have no loans left',
    ],
    account_system_fault: [
      'app keeps crashing after the update, cant login for 3 days',
      'The repayment page is blank and buttons do not respond. System error since Monday.',
    ],
    payment_not_credited: [
      'I repaid {amt} on {date}, money was deducted from my bank but the app still shows unpaid.',
      'payment success sms came but loan still shows pending, now marked overdue',
    ],
    payment_double_charge: [
      'I was charged twice for the same repayment, {amt} each, in the same minute.',
      'double deduction po, one installment but my card was debited 2 times',
    ],
    payment_channel_forced: [
      'App only allows repayment through its own wallet, I cannot pay directly by my bank card. Why no choice?',
      'they force me to open a new e-account with their partner bank before disbursement, i dont want',
    ],
    marketing_harass: [
      'I unsubscribed already but still getting 3-4 promo sms daily from {app}.',
      'sales calls every day asking me to borrow, told them no many times, still calling',
    ],
    marketing_misleading: [
      'Ad said 30 days interest free for new users, but I was charged interest. False advertising.',
      'promo said 100% approval, i applied and got rejected right away. misleading',
    ],
    service_attitude: [
      'The customer service agent was very rude and hung up on me when I asked a simple question.',
      'support lady kept saying "you dont understand?" very impolite',
    ],
    service_unreachable: [
      'Called your hotline 15 times, never reached a human. Only robot replies in the chat.',
      'submitted a ticket a week ago, no reply, nobody picks up the phone',
    ],
    fraud_impersonation: [
      'Someone claiming to be {app} customer service asked me to share my screen and then {amt} was taken from my account.',
      'guy said he was from {app}, said my card number was wrong n loan frozen, i paid unfreeze fee 3 times',
    ],
    fraud_credit_repair: [
      'A credit repair agent said he can delete my overdue record at {app}, took {amt} and disappeared.',
      'they said my old student loan account must be cancelled or my credit is ruined, made me borrow n transfer money to them',
    ],
    loan_identity_theft: [
      'I never borrowed from {app} but got an overdue reminder for a {amt} loan. Someone used my ID.',
      'theres a loan in my name on my credit report, i never applied, my id card was lost last year',
    ],
    account_stolen: [
      'My {app} account was logged in from an unknown device and {amt} was transferred out.',
      'password changed without me n all money in wallet gone, account hacked',
    ],
    collection_threat: [
      'The collector threatened to come to my house with people and said I will go to jail.',
      'they said they will send my photo as wanted criminal to all my contacts, very scared',
    ],
  },
  demands: {
    refund: ['Please refund the money asap.', 'pls return my money thx', 'Kindly do the needful and refund the amount.'],
    stop_harassment: ['Stop calling me and my family.', 'pls stop the calls n sms', 'Kindly stop this harassment immediately.'],
    negotiate_repayment: ['Can we discuss a new repayment plan?', 'pls let me pay in smaller installments', 'Kindly give me an extension of 3 months.'],
    correct_credit: ['Please correct my credit report.', 'remove the wrong record from my credit asap', 'Kindly rectify my credit history.'],
    explanation: ['Please explain clearly.', 'pls tell me step by step thx', 'Kindly revert with proper explanation.'],
    close_account: ['Please cancel it and close my account.', 'just cancel n close it pls', 'Kindly deactivate and close the same.'],
    compensation: ['I want compensation for my loss.', 'u should pay for my losses', 'Kindly compensate me for the damages.'],
    apology: ['I want a formal apology.', 'that agent must say sorry', 'Kindly issue an apology to me.'],
    other: ['Please give me a direct number to a real person.', 'just send me the result by sms thx', 'Kindly escalate this to your manager.'],
  },
  overlays: {
    self_harm: [
      'Honestly I do not want to live anymore.',
      'i feel like ending my life, cant take it',
      'I am thinking of killing myself, this is too much.',
      'sometimes i think jumping off the roof is easier',
    ],
    vulnerable: [
      'I am 76 years old and cannot read the small text on the phone.',
      'im disabled n live alone',
      'I am 7 months pregnant and my doctor said no stress.',
      'I am a cancer patient under chemo.',
    ],
    regulator: [
      'I have already complained to the financial regulator at 12378.',
      'regulator referred my case to u, pls respond',
      'I already filed this on the central bank complaint platform.',
      'The local financial regulator asked me to contact you again.',
    ],
  },
};
