/**
 * Phrase bank H (training data): English facts for tier-1 questions and the loan, repayment,
 * collection and add-on disputes.
 * Author H wrote this bank without reading any other phrase bank or the classifier.
 *
 * Styles in this file: emails with "Subject:" lines, transcribed hotline calls ("pressed 0 for
 * an agent"), angry ALL-CAPS English, numbered points with dates, people comparing with
 * another lender, legal-minded writers, overly polite apologetic writers, and plain questions.
 */
import type { ScenarioId } from './scenarios.js';

export const EN_FACTS_H_A = {
  repay_howto: [
    'Subject: where do I pay? I cannot find the repayment button anywhere in {app}.',
    '(hotline transcript) pressed 0 for an agent... I just want to know how much I owe this month and the due date.',
    'Sorry to bother you, could you tell me whether the instalment is debited automatically or whether I have to pay it myself?',
    'Quick question: can I repay my {app} instalment by bank transfer instead of the app?',
    'Where can I see my bill with principal and interest shown separately?',
  ],
  repay_early_howto: [
    'Subject: early settlement. I still owe {amt} on {app} and want to pay it all off now. How?',
    'Is there a fee if I repay early, and is interest charged only for the days I actually borrowed?',
    'I got my year-end bonus and want to clear the remaining instalments. Where is the "repay all" option?',
    'Can I prepay part of the loan, or only settle the whole thing?',
    'If I repay early, do I get fewer instalments or smaller ones? Please explain before I pay.',
  ],
  loan_limit_howto: [
    'How is my credit limit calculated? I have repaid on time for a year and it never went up.',
    'Subject: limit increase. I am a nurse with stable income. What documents do I upload to raise my limit?',
    'I own two rental flats. Can rental income count towards a higher limit?',
    'Is the number on the home page my total limit or what I can still borrow?',
  ],
  loan_settlement_proof: [
    'Subject: settlement certificate. I paid off my {app} loan on {date}; my mortgage bank needs proof. How do I get one?',
    'Can I download an electronic settlement certificate, or do you post a stamped paper copy?',
    'How many days does it take to issue a loan clearance letter? The bank is waiting on it. Apologies for the rush.',
    'I work for the government and need a letter showing my loan is fully repaid. Where do I apply?',
  ],
  account_unlock: [
    'My {app} account is locked after too many wrong passwords. How do I unlock it?',
    'Face verification keeps failing and now the account is frozen. It IS me. What do I do?',
    'New phone, and login says "abnormal device, account locked". How do I get back in?',
    'Sorry, I forgot my password and locked myself out. How can I reset and unlock it?',
  ],
  account_phone_change: [
    'My old number is cancelled so I get no verification codes. How do I change the phone number on my {app} account?',
    'Subject: change registered mobile. New number is {phone}. What documents are needed?',
    'If I change my phone number, will my loan history and limit stay the same?',
    'Lost my SIM and cannot recover it. How do I re-bind the account to a new number?',
  ],
  card_change_howto: [
    'I closed the bank card used for repayments. How do I switch autopay to a new card?',
    'Subject: change repayment card. The old card was reported lost; how do I unbind it and add a new one?',
    'It says I cannot unbind my card while a loan is outstanding. Then how do I change cards?',
    'Can I link two cards so the second is charged if the first has no money?',
  ],
  credit_update_howto: [
    'I repaid the overdue instalment last month. How long until my credit report updates?',
    'Subject: credit report timing. I settled on {date}. When do you report to the PBoC credit bureau?',
    'Does a closed loan show as "settled" on the credit report, or disappear?',
    'On which day each month do you report to the credit bureau? I want to pay before then.',
  ],
  addon_cancel_howto: [
    'How do I turn off the auto-renewing membership in {app}? I cannot find the setting.',
    'Subject: cancel membership. Please tell me the steps to stop the monthly renewal.',
    'Where do I unsubscribe from the insurance add-on I took when borrowing?',
    'If I cancel the membership now, can I still use it until the end of the month?',
  ],
  marketing_unsub_howto: [
    'How do I unsubscribe from your promotional text messages? Replying TD does nothing.',
    'Is there a setting in the app to turn off marketing push notifications?',
    'I repaid my loan long ago. How do I stop getting loan adverts by SMS?',
    'Can I opt out of marketing phone calls? Please tell me how.',
  ],
  loan_rate_high: [
    'My bank offered a personal loan at 3.8% a year. {app} charges me almost 24%. That is SIX times more.',
    'The contract rate is 35.9% APR. That is predatory pricing for a small loan of {amt}.',
    'THE INTEREST ON A {amt} LOAN IS ABSURD. I PAY MORE IN INTEREST THAN I CAN AFFORD.',
    'Another lender approved me at 0.03% a day; you charge 0.08% a day with the same credit file. Why?',
    'Adding up interest and fees, I pay almost 30% a year. The price is far too high.',
  ],
  loan_apr_hidden: [
    'The ad said "daily rate from 0.05%". The real APR of 27% was only on page 7 of the contract.',
    'The loan page only showed the monthly payment. Nowhere did it state the annual rate or the guarantee fee.',
    'I am a maths teacher. The true APR is 28%, not the "from 7.2%" on your home page. This was not disclosed.',
    'NOBODY TOLD ME ABOUT THE SERVICE FEE. IT WAS HIDDEN UNTIL MY FIRST BILL.',
  ],
  loan_rejected: [
    'My application for {amt} was rejected instantly with "insufficient overall score". I want the actual reason.',
    'Another lender approved me the same day; {app} rejected me three times and will not say why.',
    'You texted me that a limit of {amt} was waiting for me, then rejected the application. Explain.',
    'Subject: loan rejection. Stable job, clean credit, no overdue ever. Why was I declined?',
  ],
  loan_contract_terms: [
    'The contract lets you change rates and fees "at any time without notice". That clause is unfair and I do not accept it.',
    'Disputes must be arbitrated in your home city, thousands of kilometres from me. That is an unreasonable term.',
    'A 3% early-repayment penalty was buried in the terms and never pointed out before I signed.',
    'Clause 12 lets you share my data with unnamed "partners". I never agreed to that.',
  ],
  repay_fee_penalty: [
    'I was ONE day late and you charged a late fee and penalty interest worth 10% of {amt}. ONE DAY.',
    'I paid at 10pm on the due date and was still charged an overdue fee.',
    'Late fee, penalty interest AND a collection fee for the same missed payment. That is triple charging.',
    'The early repayment fee of 3% was never mentioned to me.',
  ],
  repay_deduct_error: [
    'My due date is the 15th but {app} debited my card on the 10th and took my rent money.',
    'I repaid manually, then autopay charged me again and the bill still says unpaid.',
    'You debited a card I never linked to your app.',
    'I settled the loan, yet the system keeps debiting my card every month.',
  ],
  repay_hardship: [
    'I injured my back at work and cannot earn for three months. Can I defer or restructure my instalments?',
    'I lost my job on {date}. I want to repay, but I need a lower monthly amount or a pause.',
    'My wife is in hospital and money is very tight. Can we agree a plan I can actually afford?',
    'The drought ruined my harvest. Can I pay only principal until autumn?',
  ],
  collection_contacts: [
    'Your collectors called my BOSS and told him I do not pay my debts. I am a civil servant. This is damaging.',
    'Collectors texted twenty people in my contact list, including my 70-year-old father.',
    'I never listed my cousin as a contact, yet your agents call him every day.',
    'I am reachable on my own phone, but you keep calling my tenants about my debt.',
  ],
  collection_night: [
    'Collection calls at 1am, 2am and 6am. Industry rules ban calls between 10pm and 8am.',
    'I work night shifts as a nurse. You call after 11pm AND in the morning when I sleep.',
    'STOP CALLING ME AFTER MIDNIGHT. MY KIDS HAVE SCHOOL.',
    'Third complaint. Ticket GD2405 promised a fix and the late-night calls continue every day.',
  ],
  collection_insult: [
    'The collector called me a "deadbeat" and "shameless" and swore at my parents.',
    'Your agent mocked my accent and said I "cannot understand human speech".',
    'The collection SMS called me "scum of society". That is a personal insult.',
    'He just kept swearing at me. No threats, only insults, but it was humiliating.',
  ],
  addon_bundled: [
    'I could not continue the loan application without ticking "membership". That is forced bundling.',
    'An accident insurance policy was pre-ticked in tiny print when I borrowed {amt}.',
    'The agent said my loan would not be approved unless I bought the "speed-up pack".',
    'Unticking the add-on showed "approval chance reduced", so I had no real choice.',
  ],
  addon_fee: [
    'The membership auto-renews every month and costs more per year than the loan interest.',
    'It said one yuan for the first month, then charged full price with no reminder.',
    'A "limit boost card" costs hundreds of yuan. That price is unreasonable.',
    'I stopped using {app} but the membership fee is still being charged.',
  ],
  addon_benefit_missing: [
    'I paid for the "limit boost" membership and my limit did not increase at all.',
    'The video VIP voucher in my membership says "out of stock" every time, for three months.',
    'The promised interest-free coupons were never issued. Support says the promotion ended.',
    'The "priority review" membership still took three days to disburse. I got nothing for my money.',
  ],
} satisfies Partial<Record<ScenarioId, readonly string[]>>;
