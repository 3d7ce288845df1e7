/**
 * Phrase bank H (training data): English facts for credit, personal-information, account,
 * payment, marketing, service and tier-3 scenarios, plus English demands and overlays.
 * Author H wrote this bank without reading any other phrase bank or the classifier.
 *
 * Styles in this file: emails with "Subject:" lines, angry ALL-CAPS English, numbered points,
 * legal-minded writers citing the PIPL, victims who describe a scam without calling it one,
 * carers writing about a vulnerable relative, and despair said indirectly.
 */
import type { Demand, ScenarioId, UrgentOverlay } from './scenarios.js';

export const EN_FACTS_H_B = {
  credit_wrong_record: [
    'My credit report shows a late payment from {app} for a month I paid on time. I have the receipt.',
    'The loan was settled on {date} but the credit report still shows it open with a balance of {amt}.',
    'I formally dispute this overdue record: it was caused by YOUR failed debit, not by me.',
    'Second request. You promised a correction within 30 days; the wrong record is still there.',
  ],
  credit_unauthorized_query: [
    '{app} pulled my credit report on {date} for "loan approval". I never applied.',
    'Five hard inquiries from your company in one month and I authorised none of them.',
    'I only opened the app to look at my limit and a credit inquiry appeared. Show me my consent.',
    'My loan was closed a year ago and you still query my credit every month.',
  ],
  pi_leak: [
    'A day after borrowing, a stranger called me by name and quoted my {app} loan amount. Where did he get it?',
    'Someone knew my due date and the last digits of my ID. I hung up and lost nothing, but my data clearly leaked.',
    'Since registering I get dozens of loan-broker calls that know my employer. You leaked my information.',
    'Under PIPL Article 57 you must notify me of a data breach. You never did.',
  ],
  pi_permissions: [
    'The app will not work unless I allow contacts, call logs and location. PIPL Article 16 forbids that.',
    'Why does a loan app need my photo album? When I refuse, it crashes.',
    'I revoked the permissions and the app still reads my SMS in the background.',
    'Please delete the contact list you collected from my phone.',
  ],
  account_close_refused: [
    'I have no loans left and your app says "account cancellation not supported". I want it closed.',
    'Subject: close my account. Fully repaid on {date}; three cancellation requests rejected.',
    'Support told me to take out one more loan and repay it before I could close the account. Ridiculous.',
    'The close-account button shows "risk detected, cannot cancel". There is no risk, I owe nothing.',
  ],
  account_system_fault: [
    'Since the update {app} crashes on launch and my due date is tomorrow.',
    'Everything showed 0 for a moment and I panicked, but it came back; the repayment page still errors out.',
    'The face-recognition page stays blank and spinning on every network I try.',
    'ERROR 500 ON EVERY PAGE FOR THREE DAYS. FIX YOUR APP.',
  ],
  payment_not_credited: [
    'I repaid {amt} on {date}; my bank shows it as successful, but {app} says overdue.',
    'Subject: payment not credited. Bank receipt attached. Three days and the bill still says unpaid.',
    'I paid at the bank counter and have the slip. You say nothing arrived.',
    'Third time asking. Ticket GD2406 said 48 hours. It has been a week.',
  ],
  payment_double_charge: [
    'The same instalment of {amt} was charged twice within one minute.',
    'Two debit alerts at once. I thought my card was stolen, but it was {app} charging the same bill twice.',
    'I pressed pay once, got an error, and was charged twice. The loan only went down once.',
    'YOU TOOK MY MONEY TWICE. GIVE IT BACK.',
  ],
  payment_channel_forced: [
    'I can only repay with your partner bank card; my salary card is refused. Why must I open a new account?',
    'Why do I have to open your e-wallet to repay? I want to pay from my own bank card.',
    'There is a single payment channel and it wants a second identity check. I want another option.',
    'Loan money only goes to your in-app wallet, and withdrawing to my card costs a fee.',
  ],
  marketing_harass: [
    'Seven or eight sales calls a day from {app} even though I said no.',
    'I replied TD on {date} and still get promotional texts every day from different numbers.',
    'I AM A SURGEON. YOUR SALES CALLS INTERRUPT ME IN THE OPERATING ROOM.',
    'I repaid long ago and someone still calls every week telling me to borrow again.',
  ],
  marketing_misleading: [
    'The ad promised "30 days interest-free"; after borrowing I was told the coupon is for new users only.',
    'The sales call swore it "will not appear on your credit report". It does.',
    '"Zero interest" but a service fee bigger than the interest. That is a word game.',
    'The SMS said I had a {amt} limit waiting. I had to buy membership first and then got 1,000.',
  ],
  service_attitude: [
    'Agent 8027 was rude and impatient and asked "can you not read?" when I asked twice.',
    'The online agent pastes the same template three times and never answers my question.',
    'I was promised a callback within 24 hours. Nobody called, and now there is "no record".',
    'I was transferred between four departments and then hung up on.',
  ],
  service_unreachable: [
    '(hotline transcript) pressed 0 for an agent... "high call volume"... 40 minutes, nobody answered.',
    'The chat is only a bot. Typing "human" just asks me to "describe my problem".',
    'Your hotline is only open 9 to 6 on weekdays and I work shifts. I can never get through.',
    'I sent three emails to your support address and got no reply at all.',
  ],
  fraud_impersonation: [
    'A man said he was from {app} customer service and could halve my rate if I first transferred {amt} to prove I could repay. Now he will not answer.',
    'Someone with your logo as profile picture said my limit was frozen and I had to pay an unfreezing fee. I paid three times.',
    'A caller claiming to be police said my account was linked to money laundering and told me to move {amt} to a "safe account".',
    'They had me share my screen in a meeting app to "refund a membership fee", and {amt} left my card.',
    'I gave the "agent" the verification code as he asked, and afterwards {amt} was gone from my account.',
  ],
  fraud_credit_repair: [
    'A caller said my old student account would ruin my credit unless I "cleared" it, so I borrowed {amt} on several apps and sent it to him.',
    'I paid a "credit repair" company {amt} to delete my overdue record. They vanished.',
    'Someone claiming to be from the credit bureau charged me a "repair fee" of {amt}. Nothing changed.',
    'They promised to wash my credit report clean, took a deposit, then asked for an "urgent fee".',
  ],
  loan_identity_theft: [
    'I got an overdue notice from {app} for {amt}. I have never installed the app or borrowed anything.',
    'My ID card was lost last year and now there is a {app} loan in my name on my credit report.',
    'My ex used photos of my ID to borrow in my name. The payout card is not mine.',
    'The loan was taken while I was in surgery. It was not me.',
  ],
  account_stolen: [
    'Verification codes arrived at night; in the morning my phone number on {app} had been changed and {amt} borrowed and withdrawn.',
    'Someone logged into my account from another province and transferred money out.',
    'My phone lost signal overnight; after replacing the SIM I found a loan taken out and withdrawn.',
    'Please freeze my account NOW, someone is using it and another transfer just went out.',
  ],
  collection_threat: [
    'The collector said he knows where I live and I should "be careful walking home".',
    'They sent me a photo of my daughter\'s kindergarten gate with no words.',
    'He said he will bring people tonight and break my leg if I do not pay.',
    'They threatened to turn my photo into a funeral portrait and send it to all my contacts.',
    'THEY SAID THEY WILL WAIT FOR MY SON AFTER SCHOOL.',
  ],
} satisfies Partial<Record<ScenarioId, readonly string[]>>;

export const EN_DEMANDS_H: Partial<Record<Demand, readonly string[]>> = {
  refund: ['Refund the money to my original card.', 'I WANT MY MONEY BACK.', 'Please return the amount within 7 days.', 'Kindly reverse the charge.', 'Give back what you took.'],
  stop_harassment: ['Stop contacting me.', 'STOP CALLING. STOP TEXTING.', 'Remove my number from your lists immediately.', 'No more calls or messages, please.', 'Leave me and my family alone.'],
  negotiate_repayment: ['Please offer a repayment plan I can afford.', 'Can we agree on a deferral or smaller instalments?', 'I am asking for a restructuring, not a write-off.', 'Let me pay in more instalments, please.'],
  correct_credit: ['Correct my credit report.', 'Remove the wrong record from the credit bureau.', 'Please report the correction and send me proof.', 'FIX MY CREDIT REPORT.'],
  explanation: ['Please explain in writing.', 'I want a clear answer.', 'Tell me exactly why.', 'Could you kindly explain? Sorry for the trouble.', 'Answer my question, please.'],
  close_account: ['Close it and stop charging me.', 'Cancel it today.', 'Delete my account and my data.', 'Please shut this down for good.'],
  compensation: ['I expect compensation for my losses.', 'Compensate me for the time and money wasted.', 'I want damages for this.', 'Please compensate me fairly.'],
  apology: ['I want a formal apology.', 'The person responsible must apologise.', 'APOLOGISE.', 'A written apology, please.'],
  other: ['Please have one named person follow this up.', 'Reply to this email address, not by phone.', 'Send me the call recordings.', 'Please pass this to whoever can fix the process.'],
};

export const EN_OVERLAYS_H: Record<UrgentOverlay, readonly string[]> = {
  self_harm: [
    'Lately I keep thinking my debts would disappear if I were gone.',
    'I have saved up enough pills. I do not want to go on.',
    'I am typing this from the rooftop.',
    'I have written letters to my family already.',
    'My husband keeps saying he does not want to live; I hid the knives.',
    'This is probably the last time I will contact you. After this you will not need to.',
    'I sat by the river all night and nearly went in.',
    'Every night I think about how to end all of this.',
  ],
  vulnerable: [
    'The account holder is my father, 82, with Alzheimer\'s; he no longer recognises me.',
    'My mother is 76 and cannot read; her grandson installed the app for her.',
    'I am blind and use a screen reader; most of your pages are unreadable.',
    'My brother has an intellectual disability and taps whatever people tell him to.',
    'I am in hospital having chemotherapy and cannot make phone calls.',
    'My son is 16 and used my ID and phone number.',
    'I am deaf and can only communicate in writing.',
    'I am writing for my grandmother, who is in her eighties and does not know what a verification code is.',
  ],
  regulator: [
    'This complaint was referred by the 12378 consumer hotline.',
    'I have filed a complaint with the NFRA local office; referral number JG2024-0617.',
    'The municipal financial regulator forwarded this case to you.',
    'The PBoC branch consumer-protection office accepted my complaint and passed it to you.',
    'I already called 12378; they said they would forward it to your company.',
    'Regulator staff asked me to send you this and they are following the case.',
    'This is the second round after the regulator\'s referral; they rejected your last reply.',
    'The local financial regulatory bureau registered my complaint and expects your answer within 15 days.',
  ],
};
