/**
 * Phrase bank I, English: Chinglish / machine-translated English, and terse formal English from an
 * expat's lawyer ("Our client ..."). Test-only: see bank-i.extras.ts.
 */
import type { Demand, ScenarioId, UrgentOverlay } from './scenarios.js';

export const ENGLISH_FACTS_I = {
  repay_howto: [
    "I borrow money in {app}, now is first time to repay. Where is the repay button? I can not find it, and how much I should pay this month?",
    "Our client holds an instalment loan with {app}. She cannot locate the repayment function in the app and asks for the due date and the amount payable this period.",
  ],
  repay_early_howto: [
    "I want pay back all my loan in {app} before the time. How to operate the early repayment? Only need pay interest until today, right?",
    "Our client wishes to settle his {app} loan in full ahead of schedule. Please state the procedure and the amount required for early settlement.",
  ],
  loan_limit_howto: [
    "My credit limit in {app} is only {amt}, how can I make it more high? Need I upload more document?",
    "Our client asks how the credit limit on his {app} account is assessed and what steps he may take to have it increased.",
  ],
  loan_settlement_proof: [
    "I already pay off all the loan of {app}. Bank ask me give settlement certificate for mortgage. Where can apply this paper?",
    "Our client repaid the {app} loan in full on {date}. Kindly advise how a settlement certificate may be obtained.",
  ],
  account_unlock: [
    "My {app} account is locked because I input wrong password too many times. How to unlock it?",
    "Our client's {app} account was locked after repeated failed log-in attempts. Please advise the unlocking procedure.",
  ],
  account_phone_change: [
    "My old phone number is not using anymore, cannot receive the verify code. How to change the phone number bind in {app}?",
    "The mobile number registered to our client's {app} account has been discontinued. Please advise how it may be changed.",
  ],
  card_change_howto: [
    "I want change the bank card for auto deduct in {app}, the old card is cancelled. Where to change it?",
    "Our client wishes to replace the debit card used for automatic repayment on his {app} account. Please set out the steps.",
  ],
  credit_update_howto: [
    "I finish repay {app} last week. How long the credit report will update to show settled?",
    "Our client settled her {app} loan on {date}. Please confirm when the settlement will be reported to the credit reference centre.",
  ],
  addon_cancel_howto: [
    "How to cancel the auto renew of member in {app}? I don't want it next month but cannot find the button.",
    "Our client wishes to terminate the auto-renewing membership on her {app} account. Please advise how this is done.",
  ],
  marketing_unsub_howto: [
    "How can I unsubscribe the promotion SMS of {app}? Reply T is useful or not?",
    "Our client asks how to opt out of marketing messages from {app}.",
  ],
  loan_rate_high: [
    "The interest of {app} is too high, annual rate is 35.9%, I borrow {amt} but the interest is very very much. This is not reasonable.",
    "The annualised rate charged to our client by {app} is 35.9%, which our client considers excessive and well above 24%.",
  ],
  loan_apr_hidden: [
    "{app} only show daily rate 0.03% when I borrow, never tell me the year rate. After borrow I calculate, real annual rate more than 20%, and many service fee I don't know before.",
    "At no point before drawdown did {app} disclose the annual percentage rate or the service fees later added to our client's repayment schedule.",
  ],
  loan_rejected: [
    "My loan apply in {app} is rejected in few seconds, only say score not enough, no any reason. My credit is very good.",
    "Our client's application to {app} was declined without reasons despite a clean credit history.",
  ],
  loan_contract_terms: [
    "The contract of {app} say they can change the interest by themself no need tell me, and the court must be in their city. This term is unfair.",
    "The {app} loan agreement permits the lender to vary rates and fees unilaterally and without notice. Our client was not shown this clause before signing and regards it as unfair.",
  ],
  repay_fee_penalty: [
    "I only late one day to repay {app}, they charge me penalty and late fee {amt}, more than the interest. Too expensive.",
    "{app} levied default interest and a late fee on our client for a one-day delay, in an amount out of all proportion to the sum overdue.",
  ],
  repay_deduct_error: [
    "{app} auto deduct my money 5 days before the due day, and the amount is more than the bill. The system is wrong.",
    "{app}'s automatic debit took more than the instalment due, from a card our client had already unlinked.",
  ],
  repay_hardship: [
    "I lost my job, now cannot repay {app} on time. I am not want to escape, only hope can delay or divide more period.",
    "Our client has been made redundant and cannot meet the {app} instalments. He is willing to pay but on a revised schedule.",
  ],
  collection_contacts: [
    "The collector of {app} call my parents and my colleague, tell them I owe money. They never call me first.",
    "{app}'s collection agents have contacted our client's relatives and employer and disclosed details of the debt to them.",
  ],
  collection_night: [
    "{app} collection call me at 1 am and 2 am, more than 20 times one day, my family cannot sleep.",
    "Our client has received collection calls from {app} between 23:00 and 02:00 on several consecutive nights.",
  ],
  collection_insult: [
    "The collector of {app} scold me with very dirty words on phone, call me rubbish and cheater. Very insult.",
    "A collector acting for {app} used abusive and insulting language towards our client. A recording is available.",
  ],
  addon_bundled: [
    "When I borrow in {app}, the member service is already ticked, if I untick it then cannot give loan. This is force to buy.",
    "{app} made our client's drawdown conditional on buying an insurance product that was pre-selected on the confirmation page.",
  ],
  addon_fee: [
    "The member fee of {app} increase from 29 to 69 every month and not tell me, too expensive.",
    "Our client objects to the level of the membership and acceleration fees charged by {app}, which exceed the interest on the loan itself.",
  ],
  addon_benefit_missing: [
    "I pay 199 buy {app} VIP card, it promise limit up and free interest coupon, but until now nothing get.",
    "The benefits advertised with the {app} membership bought by our client, a limit increase and interest-free coupons, were never provided.",
  ],
  credit_wrong_record: [
    "I always repay {app} on time, but my credit report show overdue one time. This is wrong record.",
    "Our client's credit report shows an overdue entry reported by {app} for a month in which payment was made on time.",
  ],
  credit_unauthorized_query: [
    "I never apply loan in {app}, only download it, but my credit report have their query record for loan approval. I never authorize.",
    "{app} made a credit enquiry on our client for loan approval without her authorisation. No loan was applied for.",
  ],
  pi_leak: [
    "After I fill information in {app}, many loan agent call me, they know my name and how much I apply. My information is leaked.",
    "Within hours of our client applying to {app}, third-party brokers contacted him quoting his name and the amount applied for.",
  ],
  pi_permissions: [
    "{app} must read my contacts, photos and location, if I don't allow it cannot use. Why borrow money need my contacts?",
    "{app} makes access to our client's contacts and location a condition of use. Such access is not necessary for the service.",
  ],
  account_close_refused: [
    "I already pay all loan of {app}, want close the account, but customer service say cannot close. Why?",
    "Our client has no outstanding balance and has repeatedly asked {app} to close her account. Each request was refused.",
  ],
  account_system_fault: [
    "{app} app always white screen and show network error for three days, I can not see my bill.",
    "The {app} application has failed to load our client's account pages for several days owing to a system error.",
  ],
  payment_not_credited: [
    "I repay {amt} in {app}, bank already cut the money, but {app} still show not repaid. Where is my money?",
    "Our client paid {amt} yuan to {app} on {date}. The sum left her bank account but has not been credited to the loan.",
  ],
  payment_double_charge: [
    "I pay one time in {app} but my card is deducted two times same amount {amt}. Please return one.",
    "A single repayment of {amt} yuan by our client to {app} was debited twice from her card.",
  ],
  payment_channel_forced: [
    "{app} only allow repay by their own wallet, other bank card or Alipay all cannot use. I have no choose.",
    "{app} requires our client to repay through its own payment channel only and to open an account with its partner bank.",
  ],
  marketing_harass: [
    "{app} send me promotion SMS and call me every day, I already say no many times, still continue.",
    "Our client continues to receive marketing calls and messages from {app} despite having expressly refused them.",
  ],
  marketing_misleading: [
    "{app} advertisement say 0 interest and borrow up to 200,000, but I only get {amt} and still have interest. This is false advertise.",
    "{app}'s advertisement promised interest-free borrowing. Our client was charged interest at the ordinary rate.",
  ],
  service_attitude: [
    "Customer service of {app} is very impatient, interrupt me and hang up the phone. Very bad attitude.",
    "An {app} customer service agent was discourteous to our client and ended the call before her query was answered.",
  ],
  service_unreachable: [
    "I call {app} hotline many times, always busy, online service only robot, cannot find human.",
    "Our client has been unable to reach a human agent at {app}, by telephone or online, for several days.",
  ],
  fraud_impersonation: [
    "Somebody pretend {app} customer service call me, say my account is abnormal, let me transfer {amt} to safe account. Now cannot contact him. I am cheated.",
    "Our client was induced to transfer {amt} yuan to a so-called safe account by a caller impersonating {app} staff. A police report has been filed.",
  ],
  fraud_credit_repair: [
    "A company say can delete my overdue record of {app} in credit report, I pay {amt} service fee, then they block me.",
    "Our client paid {amt} yuan to a purported credit repair agent, who then disappeared. The {app} entry remains on her report.",
  ],
  loan_identity_theft: [
    "There is a loan {amt} in {app} with my name, but I never borrow. Somebody use my ID card.",
    "A loan of {amt} yuan was taken out with {app} in our client's name, using his identity documents and without his knowledge.",
  ],
  account_stolen: [
    "My {app} account was stolen, password and phone changed, {amt} transfer out to stranger card. Not me do it.",
    "Our client's {app} account was accessed from an unknown device and {amt} yuan was withdrawn without her authority.",
  ],
  collection_threat: [
    "The collector of {app} say will come to my home and hurt my family if I don't pay today. I am very scared.",
    "A collector for {app} threatened our client with a home visit and harm to her family, and sent her a forged court summons.",
  ],
} satisfies Partial<Record<ScenarioId, readonly string[]>>;

export const ENGLISH_DEMANDS_I = {
  refund: ["Please refund the money to me.", "Our client requires a full refund of the sums wrongly taken.", "Give back my money please."],
  stop_harassment: ["Please stop call and send message to me.", "Our client requires that all such contact cease immediately.", "No more call please."],
  negotiate_repayment: ["Can I repay by more instalment?", "Our client proposes a revised instalment plan and asks that penalty interest be waived.", "Please give me a plan to pay slowly."],
  correct_credit: ["Please correct my credit report.", "Our client requires the inaccurate entry to be corrected with the credit reference centre.", "Delete the wrong record please."],
  explanation: ["Please explain me why.", "Please provide a written explanation within fifteen days.", "I want to know the reason and how to do."],
  close_account: ["Please close my account and cancel all service.", "Our client requires the account to be closed and all associated services terminated.", "Cancel it for me."],
  compensation: ["I want compensation for my loss.", "Our client seeks compensation for the loss suffered.", "You should pay me for this."],
  apology: ["I need a apology.", "Our client requires a written apology.", "Say sorry to me."],
  other: ["Please arrange someone call me back.", "Please provide copies of all call recordings and the signed agreement.", "Give me a paper document with stamp."],
} satisfies Partial<Record<Demand, readonly string[]>>;

export const ENGLISH_OVERLAYS_I: Record<UrgentOverlay, readonly string[]> = {
  self_harm: [
    "I don't want to live anymore, really.",
    "Our client has expressed thoughts of ending her life.",
    "These days I think about kill myself.",
    "Sometimes I want jump from the building.",
    "We are instructed that our client has recently attempted self-harm.",
  ],
  vulnerable: [
    "My mother is 82 years old and live alone, she not understand the phone.",
    "Our client is registered disabled and has no income.",
    "I am pregnant 8 months and very stressed.",
    "Our client is 84 years old and suffers from dementia.",
    "My father had a stroke, cannot speak clear, I handle for him.",
  ],
  regulator: [
    "I already complain to the financial regulator (NFRA).",
    "This matter has been referred to the local financial regulatory bureau.",
    "A copy of this letter has been sent to the financial regulator.",
    "I called 12378 already, they say will transfer to you.",
    "The regulator has forwarded this complaint to you for handling.",
  ],
};
