/**
 * Phrase bank D, English share: written as expatriates and English-speaking residents in China
 * would type them (some non-native, some mixing pinyin or Chinese terms). Author D: written
 * without reading the other banks or running the classifier. It was written blind as the test set
 * test-d.jsonl, run as a test, then burned: since 2026-12-01 (session 3) it is training data
 * (corpus/triage/generate-corpus.ts, docs/evaluation.md).
 */
import type { PhraseBank } from './scenarios.js';

export const ENGLISH_D: PhraseBank['english'] = {
  facts: {
    repay_howto: [
      'Where do I actually pay my monthly bill in {app}? The whole app is in Chinese and I cannot find the button.',
      'I am a foreigner working in Shenzhen, how do I repay my installment, is it automatic?',
      'Quick question: which date is my repayment due and how much is the amount this month?',
      'Can I repay with WeChat Pay or only by bank card?',
    ],
    repay_early_howto: [
      'I want to pay off the whole loan early. How do I do it and is there any fee?',
      'Is early repayment possible after only two installments?',
      'If I settle early, do I still pay the interest for the full term?',
    ],
    loan_limit_howto: [
      'How can I raise my credit limit? It has been stuck at {amt} for a year.',
      'My limit suddenly dropped, what decides the limit?',
      'Can I ask for a temporary limit increase before Spring Festival?',
    ],
    loan_settlement_proof: [
      'I paid everything off and my bank needs a settlement certificate (jieqing zhengming). How do I get one?',
      'Can you email me a proof that my loan is fully repaid? I am applying for a mortgage.',
      'Need a stamped letter showing the loan is closed, how long does it take?',
    ],
    account_unlock: [
      'My account got locked after I typed the wrong password a few times. How do I unlock it?',
      'Face recognition keeps failing and now the app says my account is frozen.',
      'The app says "account restricted", I did nothing wrong, how do I get it back?',
    ],
    account_phone_change: [
      'I changed my Chinese phone number, how can I update it in {app}?',
      'My old SIM is cancelled so I cannot receive the verification code. Can I change the bound number?',
    ],
    card_change_howto: [
      'How do I switch the repayment card to my new ICBC card?',
      'My old bank card expired, where do I bind a new one?',
    ],
    credit_update_howto: [
      'I repaid last week, when will my credit report (zhengxin) show it as settled?',
      'How often do you report to the PBOC credit bureau?',
    ],
    addon_cancel_howto: [
      'How do I cancel the membership auto-renewal? I cannot find it in settings.',
      'I think I bought some insurance with my loan, how do I cancel it?',
    ],
    marketing_unsub_howto: [
      'How do I stop the promotional text messages? Replying TD did nothing.',
      'Please tell me how to turn off marketing calls and push notifications.',
    ],
    loan_rate_high: [
      'The interest works out to almost 36% a year, that is insane for a {amt} loan.',
      'I borrowed {amt} and I will pay back way more than I expected, the rate is far too high.',
      'With all the service fees the real APR is above 24%, which I thought was not allowed.',
    ],
    loan_apr_hidden: [
      'Nobody showed me the annual rate, only a tiny daily rate, and there were fees I never saw before signing.',
      'The loan page said low interest but the guarantee fee only appeared after the money arrived.',
      'The agent on the phone told me there were no other charges, now the bill has three extra items.',
    ],
    loan_rejected: [
      'My application was rejected again with no reason. I have a stable job and a clean record.',
      'Does {app} not lend to foreigners? My passport application always fails.',
      'It said pre-approved, then the loan was declined at the last step.',
    ],
    loan_contract_terms: [
      'The contract says you can change the rate whenever you want. That cannot be a fair term.',
      'I was never shown the full contract before I clicked agree, and I cannot download it now.',
    ],
    repay_fee_penalty: [
      'I was one day late and got charged a penalty bigger than the installment itself.',
      'You charged me an early repayment fee nobody told me about.',
      'The bank was under maintenance on the due date and you still charged a late fee.',
    ],
    repay_deduct_error: [
      'You took the installment twice this month, {amt} extra is gone from my card.',
      'I already paid manually and then the auto-debit charged me again.',
      'The loan is settled but you still debited my account.',
    ],
    repay_hardship: [
      'I lost my job last month and cannot make the payments, can we work out a plan?',
      'My income was cut in half. I want to pay, just slower. Can I get an extension?',
    ],
    collection_contacts: [
      'Your collectors called my boss and my colleagues and told them about my debt.',
      'They are phoning people in my contacts who have nothing to do with this loan.',
      'A collector called my wife at her office and asked her to pay for me.',
    ],
    collection_night: [
      'Collectors keep calling after midnight, last night it was 1:30 am.',
      'I get more than twenty calls a day from different numbers, even late at night.',
    ],
    collection_insult: [
      'The collector swore at me and called me a liar and trash on the phone.',
      'They insulted my family and mocked me for being a delivery rider.',
    ],
    addon_bundled: [
      'The membership box was pre-ticked when I took the loan, I never wanted it.',
      'They told me I had to buy the insurance or the loan would not be approved.',
    ],
    addon_fee: [
      'There is a monthly membership fee of {amt} I never agreed to.',
      'I cancelled the membership and you charged me again the next month.',
    ],
    addon_benefit_missing: [
      'I paid for the VIP card that promised faster approval and a discount, I got neither.',
      'The membership was supposed to include coupons, none of them ever showed up.',
    ],
    credit_wrong_record: [
      'My credit report shows a late payment from {app} but I paid every installment on time.',
      'The loan was closed months ago and the credit report still says it is outstanding. My mortgage got rejected because of it.',
    ],
    credit_unauthorized_query: [
      'Someone from {app} pulled my credit report and I never applied for anything.',
      'I only checked my limit and you queried my credit file three times.',
    ],
    pi_leak: [
      'Since I registered with {app}, strangers call me every day and they know my name and loan amount.',
      'My personal details must have leaked from your platform, telemarketers know my address.',
    ],
    pi_permissions: [
      'The app will not work unless I give it access to my contacts, photos and location. Why?',
      'I want you to delete my personal data after closing the account.',
    ],
    account_close_refused: [
      'I have no balance and I want to close my account, but there is no option and support refuses.',
      'Every time I ask to delete my account they say "not supported at the moment".',
    ],
    account_system_fault: [
      'The app crashes on start since the last update, I cannot log in at all.',
      'The balance in the app is wrong, it shows thousands more than I owe.',
    ],
    payment_not_credited: [
      'I paid {amt} on {date} and the app still shows it as unpaid.',
      'My bank statement shows the money left my account but the loan balance did not change.',
    ],
    payment_double_charge: [
      'I pressed pay once and got charged twice.',
      'The same installment was taken from my WeChat and my bank card.',
    ],
    payment_channel_forced: [
      'I can only repay through one partner payment app, my foreign bank card is not accepted.',
      'Why must I open your e-wallet just to repay my loan?',
    ],
    marketing_harass: [
      'I get loan promotion calls every day even after I said no and blocked the number.',
      'Unsubscribed three times and the spam SMS keep coming.',
    ],
    marketing_misleading: [
      'The ad said zero interest, but there is a big service fee on every installment.',
      'The SMS said I was approved for {amt}, it was just an advert.',
    ],
    service_attitude: [
      'The agent was rude, hung up on me when my Chinese was not good enough.',
      'Customer service just copy-pastes the same answer and never solves anything.',
    ],
    service_unreachable: [
      'I cannot reach a human at all, the hotline always says all agents are busy.',
      'I have emailed support four times and nobody replied.',
    ],
    fraud_impersonation: [
      'A man called saying he was from {app} customer service and said my loan was frozen. I paid {amt} as an unfreezing fee and now he is gone.',
      'Someone claiming to be the police said my account was linked to money laundering and I had to move my savings to a safe account. I transferred {amt}.',
      'I searched for the {app} hotline online, called the number and they made me share my screen. My card was emptied.',
      'The caller knew my loan amount so I believed he was from {app}. He told me to pay a deposit to fix a wrong card number.',
      'They said the loan could not be released until I paid a guarantee fee first. I paid three times.',
      'A fake courier agent promised compensation for a lost parcel and got me to install an app. {amt} was taken.',
      'Got a call from a +00 number saying it was the financial regulator and I had to pay a verification fee. I feel so stupid, I paid.',
    ],
    fraud_credit_repair: [
      'A caller said I had an old student loan account that would ruin my credit score unless I closed it. He walked me through taking loans and sending the money to him.',
      'I paid a "credit repair" company {amt} to remove a late payment, they blocked me afterwards.',
      'They promised to clean my credit record in 30 days for a fee. Nothing changed and they disappeared.',
      'Somebody told me my credit would be affected unless I moved money to a supervision account.',
    ],
    loan_identity_theft: [
      'There is a loan from {app} on my credit report that I never took out.',
      'I am getting collection calls for a loan in my name, someone must have used my ID.',
      'My passport copy was used to open an account with you. I was not even in China on {date}.',
      'My ex used my ID card to borrow {amt} on {app} without telling me.',
    ],
    account_stolen: [
      'Someone logged into my account, changed the phone number and borrowed {amt}.',
      'I got an SMS at 3 am saying a withdrawal was made. I was asleep. My account has been hacked.',
      'My phone was stolen and the next morning there was a new loan in my account.',
      'A new device logged in and moved money to a card I do not own.',
    ],
    collection_threat: [
      'The collector said they would send people to break my legs if I do not pay today.',
      'They sent me a photo of my front door and said they know where my kids go to school.',
      'The collector threatened to post edited pictures of me online and send them to my family.',
      'He said I had better watch out on my way home tonight.',
      'Two men came to my flat and banged on the door, then the collector called and asked if I got the message.',
    ],
  },
  demands: {
    refund: ['Please refund the money.', 'I want every cent of it back.', 'Give me my money back, please.'],
    stop_harassment: ['Make the calls stop.', 'Stop contacting me and my family.', 'Please stop harassing me.'],
    negotiate_repayment: ['I need a repayment plan I can afford.', 'Can we agree on smaller installments?'],
    correct_credit: ['Please fix my credit report.', 'Remove the wrong record from my credit file.'],
    explanation: ['Can someone explain this to me?', 'I would like a clear explanation.', 'Please tell me what happened.'],
    close_account: ['Close my account and cancel everything.', 'I want the account closed.'],
    compensation: ['I expect compensation for this.', 'You should compensate me for the loss.'],
    apology: ['I want a formal apology.', 'Someone should apologise to me.'],
    other: ['Please pass this on to whoever is responsible.', 'I hope you improve this process.'],
  },
  overlays: {
    self_harm: [
      'Honestly I do not see the point of living anymore.',
      'I have been thinking about ending it all.',
      'If this continues I will kill myself.',
      'I cannot sleep, I cannot eat, I just want all of this to end for good.',
      'Sometimes I stand on the balcony and think it would be easier to jump.',
      'I am not sure how much longer I can keep going.',
      'My family would be better off without me.',
      'I wrote a goodbye letter last night.',
    ],
    vulnerable: [
      'I am writing on behalf of my mother, she is 80 and cannot read.',
      'I am undergoing chemotherapy and cannot deal with this.',
      'I am deaf and cannot use the phone, please reply in writing.',
      'My father has dementia and did not understand what he signed.',
      'I use a wheelchair and cannot visit any office.',
      'My grandmother is 91 and lives alone, she did not know what she was agreeing to.',
      'I am blind and use a screen reader, your app is impossible for me.',
      'I am recovering from cancer surgery and have no income.',
    ],
    regulator: [
      'I have already filed a complaint with the 12378 hotline.',
      'I reported this to the National Financial Regulatory Administration.',
      'This case was referred to you by the regulator.',
      'The local financial regulator told me to contact you first and they will follow up.',
      'I have also sent all the evidence to the People’s Bank of China regulator.',
      'Case referred from 12378, please respond within the deadline.',
    ],
  },
};
