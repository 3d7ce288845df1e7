/**
 * Phrase bank K, English share: British/Australian formal complaint letters and short American
 * texts. Written blind by author K (see bank-k.extras.ts); held-out test material only.
 */
import type { PhraseBank } from './scenarios.js';

export const ENGLISH_K: PhraseBank['english'] = {
  facts: {
    repay_howto: [
      'Could you please tell me how I make a repayment on {app}? I cannot find the option anywhere in the app.',
      'hey quick q, where do i see how much i owe this month and when it is due?',
      'I should be grateful if you could confirm whether repayments are taken automatically or whether I must pay each month myself.',
    ],
    repay_early_howto: [
      'I should like to repay my loan in full ahead of schedule. Could you advise how this is done and whether any fee applies?',
      'can i pay off the rest of my loan early? where is the button for that',
    ],
    loan_limit_howto: [
      'I would be grateful if you could explain how my credit limit is assessed and how I might apply for an increase.',
      'how do i get my limit raised? it has been stuck at {amt} for months',
    ],
    loan_settlement_proof: [
      'Having repaid my loan in full on {date}, I require a letter confirming settlement for my mortgage application. Please advise how I may request one.',
      'paid everything off, need a payoff letter for the bank. how do i get one?',
    ],
    account_unlock: [
      'My account has been locked after several incorrect password attempts. Could you let me know how to have it unlocked?',
      'got locked out after typing the wrong password too many times. how do i unlock it?',
    ],
    account_phone_change: [
      'I have changed my mobile number and no longer have access to the old one. Please advise how to update the number registered to my account.',
      'new phone number, old one is gone. how do i update it on my account?',
    ],
    card_change_howto: [
      'My bank card has been replaced and I need to change the card used for my repayments. How do I go about this?',
      'how do i switch the card my payments come out of?',
    ],
    credit_update_howto: [
      'I settled my loan last month. How long does it usually take for my credit report to show the account as closed?',
      'how often do you report to the credit bureau? just paid off my loan',
    ],
    addon_cancel_howto: [
      'Could you kindly explain how to cancel the automatic renewal of my membership? I cannot find the setting.',
      'how do i turn off auto-renew on the membership thing?',
    ],
    marketing_unsub_howto: [
      'Please advise how I may opt out of promotional text messages from {app} while still receiving repayment reminders.',
      'how do i stop the promo texts? i only want the payment reminders',
    ],
    loan_rate_high: [
      'I am writing to complain about the interest charged on my loan of {amt} yuan. With all charges included the annual rate comes to well over 30 per cent, which I consider excessive.',
      'your interest rate is insane. i am paying back way more than i borrowed',
    ],
    loan_apr_hidden: [
      'At no point during the application was I shown the annual percentage rate; only a daily rate was displayed. I discovered the true cost only after my first repayment.',
      'nobody told me the real APR. the app only showed a daily rate and the extra fees turned up later',
    ],
    loan_rejected: [
      'My loan application was declined within seconds and no reason was given, despite my good credit history. I would appreciate an explanation.',
      'got rejected again with zero explanation. what am i doing wrong??',
    ],
    loan_contract_terms: [
      'Clause 8 of the loan agreement allows the lender to change the interest rate at any time without notice. I regard this term as manifestly unfair.',
      'the contract says you can change the terms whenever you want?? that is not ok',
    ],
    repay_fee_penalty: [
      'I was one day late with a repayment and was charged a late fee and penalty interest totalling nearly 300 yuan. This is wholly disproportionate.',
      '1 day late and you hit me with a huge penalty. seriously?',
    ],
    repay_deduct_error: [
      'Your system took my repayment three days before the due date, which caused another direct debit on my account to bounce.',
      'your auto debit pulled the wrong amount from my card, and before the due date too',
    ],
    repay_hardship: [
      'I was made redundant in March and can no longer meet the monthly repayments. I would like to discuss a revised repayment arrangement.',
      'lost my job and cannot make the payments right now. can we work something out?',
    ],
    collection_contacts: [
      'Your collectors have telephoned my employer and several of my relatives and disclosed details of my debt to them. None of these people is party to the loan.',
      'your collectors keep calling my mom and my coworkers about my loan. stop.',
    ],
    collection_night: [
      'I received collection calls at 11.40 pm and again at 1 am. Calls at such hours are unacceptable.',
      'why are your collectors calling me at 2am',
    ],
    collection_insult: [
      'The collector who rang me yesterday used abusive and degrading language towards me throughout the call.',
      'your collector cussed me out and called me trash. not ok',
    ],
    addon_bundled: [
      'I was unable to proceed with my loan unless I also purchased an insurance product. The box was pre-ticked and unticking it blocked the application.',
      'you made me buy a membership to get the loan. there was no way to skip it',
    ],
    addon_fee: [
      'My membership renewed automatically without any prior notice and I was charged 298 yuan, double the original price.',
      'why am i getting charged a monthly membership fee i never signed up for',
    ],
    addon_benefit_missing: [
      'I paid for a membership that promised a higher credit limit and discounted interest. Neither has materialised.',
      'paid for premium and got none of the perks. the coupons never show up',
    ],
    credit_wrong_record: [
      'My credit report shows a late payment on my {app} account, yet I have never missed a repayment. I ask that this be corrected.',
      'my credit report says i was late but i was not. please fix it',
    ],
    credit_unauthorized_query: [
      'My credit report shows an enquiry made by your company on {date}. I made no application and gave no consent.',
      'you pulled my credit without asking. i never applied for anything',
    ],
    pi_leak: [
      'Within a day of applying with you, I began receiving calls from loan brokers who knew my name, my employer and the amount I had applied for.',
      'someone leaked my info. got spam calls right after i signed up with you',
    ],
    pi_permissions: [
      'Your app will not let me proceed unless I give it access to my contacts and text messages, which have nothing to do with a loan.',
      'why does a loan app need my contacts and photos? it will not work unless i allow it',
    ],
    account_close_refused: [
      'I have repaid everything and wish to close my account, but your staff keep refusing and there is no option in the app.',
      'i just want to delete my account. why is that impossible',
    ],
    account_system_fault: [
      'The app has crashed on opening for the past four days, so I cannot view my statement or manage my account.',
      'app keeps crashing since the update. cannot even log in',
    ],
    payment_not_credited: [
      'I made my repayment on {date} and the money has left my bank account, but your app still shows the instalment as unpaid.',
      'paid on time, bank shows it went through, your app says i am overdue??',
    ],
    payment_double_charge: [
      'I made a single repayment of {amt} yuan but was debited twice. I should be grateful if the duplicate could be reversed.',
      'you charged me twice for one payment',
    ],
    payment_channel_forced: [
      'The app only allows repayment through your own e-wallet, and I am not willing to open one. I ought to be able to pay from my bank account.',
      'why do i have to open your wallet just to pay? let me use my bank card',
    ],
    marketing_harass: [
      'Despite having opted out twice, I continue to receive several promotional calls a week urging me to borrow.',
      'stop calling me with loan offers. i opted out already',
    ],
    marketing_misleading: [
      'Your advertisement promised new customers 30 days interest-free, yet I was charged interest on my very first bill.',
      'the ad said approved up to 200k. i got 2k. false advertising',
    ],
    service_attitude: [
      'The agent I spoke to was curt and dismissive and ended the call while I was still speaking.',
      'your customer service rep was super rude and hung up on me',
    ],
    service_unreachable: [
      'I have rung your hotline on numerous occasions and have never once reached a person. Nobody has returned my messages either.',
      'cannot reach a human. the bot just loops',
    ],
    fraud_impersonation: [
      'A man claiming to be from {app} customer service told me my account was frozen and persuaded me to transfer {amt} yuan to a "safe account". He has since vanished.',
      'someone pretending to be you scammed me out of {amt}. they knew my loan details',
    ],
    fraud_credit_repair: [
      'I was told my credit record would be ruined unless I cancelled an old student loan account, and was talked into borrowing money and transferring it to the caller.',
      'paid a "credit repair" guy {amt} to remove a late payment. nothing happened and now he is gone',
    ],
    loan_identity_theft: [
      'A loan in my name from {app}, a platform I have never used, has appeared on my credit report. Someone has clearly used my identity.',
      'there is a loan under my name i never took out. somebody used my ID',
    ],
    account_stolen: [
      'Someone logged into my account from another city and borrowed {amt} yuan, which was paid out to a card I do not recognise.',
      'my account got hacked and someone took out a loan on it',
    ],
    collection_threat: [
      'The collector threatened to come to my home and said my family should "watch themselves". I am frightened for our safety.',
      'your collector said they know where i live and i will regret it. that is a threat',
    ],
  },
  demands: {
    refund: [
      'I expect the money to be refunded in full.',
      'please refund me asap.',
      'I would ask that the amount be returned to my account without further delay.',
      'i want my money back.',
    ],
    stop_harassment: [
      'I insist that these calls cease immediately.',
      'stop contacting me.',
      'Please ensure that neither I nor my family is contacted in this manner again.',
      'just make it stop.',
    ],
    negotiate_repayment: [
      'I would welcome the opportunity to agree a repayment plan I can realistically keep to.',
      'can we set up a payment plan?',
      'I should be grateful for a temporary pause or a reduced monthly amount.',
    ],
    correct_credit: [
      'I ask that my credit file be corrected at the earliest opportunity.',
      'fix my credit report please.',
      'Kindly arrange for the incorrect entry to be removed and confirm when this is done.',
    ],
    explanation: [
      'I would appreciate a full written explanation.',
      'can someone explain this to me?',
      'Please set out the reasons for this in writing.',
      'what exactly do i need to do?',
    ],
    close_account: [
      'Please close my account and confirm in writing.',
      'cancel it and close my account.',
      'I wish to terminate the service and have my account closed.',
    ],
    compensation: [
      'I believe I am entitled to compensation for the inconvenience and loss caused.',
      'i want to be compensated for this.',
      'I would expect a goodwill payment in recognition of the distress caused.',
    ],
    apology: [
      'I expect a formal apology.',
      'an apology would be a start.',
      'I should like an apology from the member of staff concerned.',
    ],
    other: [
      'Please send me a full copy of the agreement I signed.',
      'can i talk to a real person?',
      'Kindly provide a direct contact for the person handling this matter.',
    ],
  },
  overlays: {
    self_harm: [
      'Frankly, I have begun to have thoughts of ending my life.',
      'honestly i do not want to be alive anymore.',
      'I am at the end of my tether and have thought about taking my own life.',
      'some nights i think about killing myself over this.',
      'My son has told me he no longer wants to live, and I am terrified.',
    ],
    vulnerable: [
      'I am 81 years old and my eyesight is very poor.',
      'I am registered disabled and largely housebound.',
      'i am in the middle of chemo right now.',
      'I am seven months pregnant and have been told to avoid stress.',
      'My son has a learning disability and did not understand what he was agreeing to.',
    ],
    regulator: [
      'I have already lodged a complaint with the regulator through the 12378 hotline.',
      'This matter has been referred to you by the financial regulator.',
      'i already filed with 12378 and they said they would pass it on to you.',
      'A copy of this letter has gone to the local office of the National Financial Regulatory Administration.',
      'The regulator has given me a reference number for this complaint.',
    ],
  },
};
