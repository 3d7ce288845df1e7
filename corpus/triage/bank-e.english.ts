/**
 * Phrase bank E, English share: expats and overseas Chinese writing in English. Author E: written
 * without reading the other banks or running the classifier. It was written blind as the test set
 * test-e.jsonl, run as a test, then burned: since 2026-12-01 (session 3) it is training data
 * (corpus/triage/generate-corpus.ts, docs/evaluation.md).
 */
import type { Demand, ScenarioId, UrgentOverlay } from './scenarios.js';

export const ENGLISH_FACTS_E = {
  repay_howto: [
    "I'm a foreigner working in Shanghai and the {app} app is all in Chinese. Where exactly do I tap to pay this month's instalment?",
    'How do I make my monthly repayment? I cannot find a pay button anywhere on the loan page.',
    'Can I repay with a foreign Visa card, or does it have to be a Chinese bank account? I just need to know how to pay.',
    'My bill is due on {date}. Which screen do I use to pay it, and does it go through automatically?',
  ],
  repay_early_howto: [
    "I'm leaving China next month and want to pay off the whole loan early. What's the procedure, and is there an early settlement fee?",
    'Can I settle my loan in full before the term ends? Please walk me through it.',
    'Is partial early repayment possible, or only the full balance? How do I do it in the app?',
  ],
  loan_limit_howto: [
    'How is my credit limit decided and what can I do to get it raised? I have a work permit and a stable salary.',
    'I run a small import business here. What documents would help me get a higher credit line?',
    'My limit shows as temporarily unavailable although I have never missed a payment. How long until it comes back?',
  ],
  loan_settlement_proof: [
    'I paid everything off on {date}. My bank back home needs a settlement letter, ideally in English. How do I request one?',
    'Where in the app can I download proof that my loan is fully repaid? I need it for a mortgage application.',
    'Could you send me a stamped settlement certificate? The loan was closed last month.',
  ],
  account_unlock: [
    'My account got locked after the face check failed several times. How do I unlock it?',
    'Locked out of my account after too many password attempts. What are the steps to get back in?',
    'The app says my account is frozen for security reasons after I logged in from Hong Kong. How do I get it unfrozen?',
  ],
  account_phone_change: [
    'My Chinese SIM expired while I was abroad, so I no longer receive verification codes. How do I change the phone number on my account?',
    'I switched carriers and got a new number. How do I update the mobile number linked to my account?',
  ],
  card_change_howto: [
    'I closed my old bank card. How do I link a new card for the automatic repayments?',
    'Which menu lets me switch the repayment card? I want to use my salary account instead.',
    "Unbinding my old card fails with 'transaction in progress'. When can I change cards?",
  ],
  credit_update_howto: [
    'I cleared the overdue amount last week. When will my credit report be updated?',
    'How often do you report to the PBoC credit centre? I need to know when my paid-off loan will show as closed.',
    'My report still lists the loan as open although I closed it on {date}. How long does the update usually take?',
  ],
  addon_cancel_howto: [
    'How do I cancel the membership that auto-renews every month? I cannot find the option.',
    'I signed up for an insurance add-on when I borrowed. How do I unsubscribe from it?',
    "Where do I switch off auto-renewal for the 'speed-up card'?",
  ],
  marketing_unsub_howto: [
    'How do I opt out of your promotional texts? Replying STOP does nothing.',
    'How do I turn off push notifications and personalised loan offers in the app?',
    'Please tell me how to remove my number from your telemarketing list.',
  ],
  loan_rate_high: [
    'The effective annual rate on my loan works out to over 35%. That is far higher than anything I would consider reasonable.',
    'I borrowed {amt} yuan and the total interest and fees come to almost half of it. This pricing is outrageous.',
    'The daily rate looked tiny, but annualised it is well above the legal ceiling I read about.',
  ],
  loan_apr_hidden: [
    "The app advertised a 'low daily rate' but never showed the APR before I signed. Once I did the maths, the annual cost was huge.",
    'Nobody mentioned the guarantee fee and service fee until after disbursement. The real annual cost was never disclosed.',
  ],
  loan_rejected: [
    'My application was declined with no reason given. My credit history is clean. Why was I rejected?',
    'I was approved for a limit, but the actual drawdown was rejected. Could someone review it manually?',
    'My business has steady turnover for three years and still my business-loan application was declined. What is the actual reason?',
  ],
  loan_contract_terms: [
    'The loan agreement lets you change the interest rate whenever you like, and nobody pointed that clause out to me. That seems unfair.',
    'The contract says any dispute must be heard in a court in your home city, a thousand kilometres from me. Nobody pointed that clause out.',
  ],
  repay_fee_penalty: [
    'I paid one day late and was hit with a penalty of several hundred yuan. That is disproportionate.',
    "On top of interest there is a monthly 'account management fee' I never agreed to.",
  ],
  repay_deduct_error: [
    'I paid manually and then the system auto-debited the same instalment again. I have been charged twice for one period.',
    'My card had enough balance but the auto-debit failed, and your system marked me overdue anyway.',
  ],
  repay_hardship: [
    'I lost my job last month and cannot keep up with the instalments. I would like to discuss a payment plan.',
    'I have been in hospital and my income has stopped. Is there any hardship arrangement available?',
    'My small restaurant has been losing money all year and I can no longer make the full business-loan payments.',
  ],
  collection_contacts: [
    "Your collectors called my colleagues and my landlord and told them about my debt. That's a serious invasion of my privacy.",
    'A collector phoned my elderly parents and told them I was a criminal for owing money.',
  ],
  collection_night: [
    'Collection calls at 11 pm and again at 2 am. Every night this week.',
    'I work night shifts, and your collectors ring me over thirty times a day while I am trying to sleep.',
    'They called at 1 am, then texted at 3 am. My baby woke up both times.',
  ],
  collection_insult: [
    'The collector called me a deadbeat and swore at me on the phone. I have the recording.',
    'The collector mocked my accent and called me a parasite who should go back to my own country.',
  ],
  addon_bundled: [
    'A membership was pre-selected at checkout and I could not get the loan without it. I never wanted it.',
    'An insurance product was ticked by default on the loan page, and I only noticed when it was deducted.',
  ],
  addon_fee: [
    'I am being charged a monthly membership fee I never signed up for.',
    "A 'benefits package' of 299 yuan was deducted from my loan before it was paid out.",
  ],
  addon_benefit_missing: [
    'I paid for the premium membership that promised a higher limit. Three months later my limit has not moved.',
    'The membership promised priority disbursement. My loan still took three days.',
  ],
  credit_wrong_record: [
    'My credit report shows a late payment from you, but I paid every instalment on time. I have the receipts.',
    'The late mark on my report is from a month when your auto-debit failed on your side, not mine.',
  ],
  credit_unauthorized_query: [
    'My credit report shows a hard inquiry from your company. I never applied or gave consent.',
    'I only opened the app to look at the limit, and now there is a loan-approval inquiry on my credit file.',
  ],
  pi_leak: [
    'Right after I registered, strangers started calling me with my full name and loan amount. My data has clearly leaked.',
    'A stranger sent me a photo of my own ID card. I have only ever uploaded it to your app.',
  ],
  pi_permissions: [
    'The app will not let me in unless I grant access to my contacts and photos. That is excessive.',
    'The app keeps asking for microphone and location access in the background. I want all those permissions revoked.',
  ],
  account_close_refused: [
    'I have asked three times to close my account and support keeps refusing.',
    "Support keeps telling me that closing my account will damage my credit, which I believe is untrue, and won't process it.",
  ],
  account_system_fault: [
    'The app crashes every time I open it, so I cannot repay or check my balance.',
    'After the latest update my whole repayment history has disappeared from the app.',
  ],
  payment_not_credited: [
    'I paid {amt} yuan by bank transfer three days ago. The money has left my account but the app still shows the bill unpaid.',
    'My refund was marked as sent seven working days ago and it still has not reached my card.',
  ],
  payment_double_charge: [
    'I was charged twice for the same repayment. Both debits are on my bank statement.',
    'The network lagged once and I ended up with three identical debits for one payment.',
  ],
  payment_channel_forced: [
    "You only accept repayment through your own wallet. I can't use my foreign card or any other method.",
    'You require me to open an account at your partner bank just to repay. I already have a perfectly good bank account.',
  ],
  marketing_harass: [
    'I get loan sales calls several times a day even though I have asked you to stop.',
    'I asked to be removed from your call list twice. Now the calls come from different numbers.',
  ],
  marketing_misleading: [
    "Your ad said 'zero interest', but there is a service fee that costs more than interest would have.",
    'The ad promised up to 200,000 yuan. Once I applied, the offer was 2,000.',
  ],
  service_attitude: [
    'The customer service agent was rude, talked down to me because my Chinese is not fluent, and hung up.',
    'I asked the agent to speak more slowly because I am still learning Chinese. She laughed and hung up.',
    'The agent kept repeating the same scripted line and refused to pass me to a supervisor.',
  ],
  service_unreachable: [
    'I have tried the hotline for two days and never reached a human. The chatbot just loops.',
    'Your online form says you reply within 24 hours. It has been a week.',
  ],
  fraud_impersonation: [
    "Someone called saying he was from {app} customer service and that my account would be frozen unless I moved my money to a 'safe account'. I transferred {amt} yuan and he stopped answering.",
    "A man on a video call in a police uniform said my passport had been linked to money laundering. He had me send {amt} yuan for 'verification'. Now the number is dead.",
    'I got a text with a refund link that looked official. I entered my card details and code, and the money was gone within minutes.',
  ],
  fraud_credit_repair: [
    "An agency promised to wipe the late payments off my credit report for a fee of {amt} yuan. I paid, nothing changed, and they've blocked me.",
    "Someone offering 'debt optimisation' told me to stop paying you and pay him a retainer instead. He vanished, and now I'm further behind.",
  ],
  loan_identity_theft: [
    'I am getting repayment reminders for a loan I never took out. Someone must have used my ID.',
    'There is a loan under my name on my credit report. My passport copy was stolen last year.',
  ],
  account_stolen: [
    'Someone logged into my account from another city, borrowed money and transferred it out. Please freeze the account now.',
    "I got a string of verification codes at night I never asked for. In the morning there was a new loan on my account, already transferred to a card I don't recognise.",
  ],
  collection_threat: [
    "The collector said they know where my kids go to school and that I'd 'better think about their safety'.",
    "I was told that if I didn't pay by Friday, some people would come to my flat to 'sort it out'.",
  ],
} as const satisfies Partial<Record<ScenarioId, readonly string[]>>;

export const ENGLISH_DEMANDS_E = {
  refund: ['Please refund the money.', 'I want every cent of that charge returned.'],
  stop_harassment: ['Make these calls stop immediately.', 'Stop contacting me and the people around me.'],
  negotiate_repayment: ['I need a repayment plan I can actually afford.', 'Can we agree on smaller instalments?'],
  correct_credit: ['Please correct my credit report.', 'Remove the wrong record from my credit file.'],
  explanation: [
    'Please explain.',
    'I would like a clear written explanation.',
    'Could you tell me the steps?',
    'Thanks in advance for clarifying.',
    'A short answer is fine.',
  ],
  close_account: ['Please close my account and cancel the service.', 'Cancel it and close the account.'],
  compensation: ['I expect compensation for my losses.', 'I am asking for compensation.'],
  apology: ['I want a formal apology.', 'An apology is the least you owe me.'],
  other: ['Please look into this.', 'Let me know what can be done.', 'Any help appreciated.'],
} as const satisfies Record<Demand, readonly string[]>;

export const ENGLISH_OVERLAYS_E = {
  self_harm: [
    "Honestly, I don't see the point of going on any more.",
    'I have been thinking about ending it all.',
    'Sometimes I think my family would be better off without me.',
  ],
  vulnerable: [
    "I'm 79 and my grandson is typing this for me.",
    'I am undergoing chemotherapy and cannot work.',
    'I am 17 and still in high school.',
    'I am deaf, so I can only communicate in writing.',
  ],
  regulator: [
    'I have already filed a complaint with the NFRA, reference no. 12378-2024-55821.',
    'This case was forwarded to you by the PBoC consumer protection bureau.',
    'I have reported this to the financial regulator and the consumer association.',
  ],
} as const satisfies Record<UrgentOverlay, readonly string[]>;
