import type { Cue, RemedyCue } from './types'

// Cue lists for English replies. Text is normalised first: lowercase, contractions spelled out
// ("can't" → "can not", "it's" → "it is"), so cues are written in the long form.
const THIRD = "(other customer|another customer|the driver|the courier|the delivery (guy|man|driver)|the staff member|the cashier|the person|he|she|his|her|their)"

export const EN_CUES: Cue[] = [
  // apologize ("sorry you feel that way" and "sorry to interrupt" are not apologies)
  { standard: 'apologize', kind: 'credit', re: /\b(sorry|apologi[sz]e|apologies)\b(?! (you|if you) feel)(?! to (interrupt|bother|cut))/ },

  // empathize
  { standard: 'empathize', kind: 'credit', re: /\b(i|we) (completely |totally |really |fully )?(understand|can understand)\b|\b(that is|that sounds|how) (so |really )?(awful|terrible|frustrating|upsetting|stressful|horrible)\b|\bi can (see|imagine) (why|how)|\bi hear you\b|\b(i|we) (totally |completely )?get it\b/ },
  { standard: 'empathize', kind: 'credit', re: /\bmust (have been|be) (really |so |very |incredibly )?(stressful|frustrating|upsetting|worrying|awful|annoying|hard|difficult|scary|disappointing)|\b(right|every right) to be (concerned|upset|annoyed|angry|frustrated|worried)|\bevery right\b|\bwould be (frustrated|upset|annoyed|angry|worried) too\b|\bso (annoying|frustrating|stressful)\b|\bthat sounds (really |so )?(frustrating|stressful|awful|upsetting)/ },
  { standard: 'empathize', kind: 'credit', re: /\b(do not|please do not|no need to) worry\b|\brest assured\b|\bis (your|the) (son|daughter|child|baby|kid|mother|father|family) (ok|okay|alright|all right)|\bis everyone (ok|okay|alright)|\bnot what you wanted to hear\b|\bnot something you should (have to|ever have to)/, negatable: false },

  // listen
  { standard: 'listen', kind: 'credit', re: /\b(can|could|would) you (please )?(tell me|walk me through|describe|explain|let me know what)(?![^.?]*\b(receipt|order number|name|phone|email|address|contact)\b)|\bwhat exactly\b|\bwhat (was|is) (wrong|the problem)\b|\btell me (a bit |a little )?more\b|\bwalk me through\b|\btake your time\b|\bi am listening\b|\bwhat happened\b|\bwhen did you\b|\b(just|so) to confirm\b|\blet me (just )?confirm (that|what|i)\b|\banything else you noticed\b|\b(need|like|want) to know (when|what|how|which|where)\b|\bwhich (store|branch|item|product)\b[^.?]*\?/ },
  { standard: 'listen', kind: 'violation', re: /\blet me finish\b|\bsorry to interrupt\b|\bget to the point\b|\bjust tell me what you want\b|\bcut (you|this) short\b|\blet me stop you\b/ },

  // record
  { standard: 'record', kind: 'credit', re: /\b(your|the) (full |best |contact )?(name|phone number|contact number|number to reach you|contact details|email( address)?|order (number|id)|receipt|invoice|address|membership (number|card)|account number|postcode)\b[^.!]*(\?|please)|\b(give|send|confirm|provide|share|can i have|could i have|may i have|noted|made a note of|take down|taken down|let me know|got)\b[^.!?]{0,40}\b(your|the) (full |best |contact )?(name|phone number|contact number|contact details|details|email( address)?|order (number|id)|receipt|invoice|address|membership (number|card)|account number)\b/ },
  { standard: 'record', kind: 'credit', re: /\bnumber to reach you\b|\bwhat is (your|the) (order|phone|contact|account|membership) (number|id)\b|\b(receipt|order number)[^.!]*\?/ },

  // acknowledge
  { standard: 'acknowledge', kind: 'credit', re: /\b(is|are) (now )?(logged|registered|recorded)\b|\b(i|we) have (now )?(logged|registered|recorded|received|noted|opened a case|raised a ticket)|\bhas been (received|logged|registered|recorded)\b|\bmade a note of\b|\bnoted (everything|it|that|this|your)\b|\bthis is now logged\b/ },

  // escalate
  { standard: 'escalate', kind: 'credit', re: /\bmanager\b|\bsupervisor\b|\bescalat|\bteam leader\b|\b(pass|passed|passing|transfer|transferred|forward|forwarded|raise|raised|hand|handed|refer|referred|send|sent|contacted|alerted)\b[^.]{0,40}\b(team|department|depot|specialist|officer)\b|\b(quality|complaints|safety|warehouse|delivery|logistics|technical|legal|customer relations) (team|department|officer|manager)\b|\bright team\b/ },

  // follow-up
  { standard: 'follow-up', kind: 'credit', re: /\bfollow (up|this up)|\bfollow-up\b|\bget back to you\b|\b(call|ring|phone|contact|email|text|update) you\b|\breach out to you\b|\bkeep you (posted|updated|informed|in the loop)\b|\bkept in the loop\b|\bhear from us\b|\bcheck in with you\b|\blet you know\b|\b(will|shall) reply\b|\bsend you an update\b/ },

  // no-blame
  { standard: 'no-blame', kind: 'violation', re: /\bnot (our|my|the store is|the shop is|the company is) (fault|problem|responsibility|department|job)|\bnot the (store|shop|company)('s)? (fault|problem|responsibility)|\bnothing to do with (us|me)\b|\bnot my department\b|\bthat is impossible\b|\bthe customer is responsible\b|\bit is (the )?(courier|manufacturer|driver|supplier)('s)? (fault|problem|responsibility)|\bthe (courier|manufacturer|supplier|brand) is responsible\b|\bthe courier handles\b/, negatable: false },
  { standard: 'no-blame', kind: 'violation', re: /\byou should have\b|\byou must have\b|\byou (did not|failed to) (follow|read|check|keep|notice)\b|\bif you had (kept|read|followed|checked)\b|\byou ordered the wrong\b|\bmaybe you\b|\byou should (read|check|know|follow)\b|\bthat is not how (the|our|it) ?\w* works\b|\bmost (customers|people) (do not|never) (have|complain)|\bare you sure you\b|\byour (own )?fault\b|\byou (dropped|broke|damaged|misused)\b|\buser error\b|\byou will have to (talk to|contact|call|ask) (someone|the manufacturer|the courier)/ },

  // passing the buck to a third party ("the installer is a third party, contact them yourself")
  { standard: 'no-blame', kind: 'violation', re: /\bthird[- ]party\b[^.]{0,40}\b(is responsible|are responsible|handles|handle it|their (problem|responsibility))\b|\b(contact|call|ask|chase) (them|the (manufacturer|courier|installer|supplier|landlord|property manager)) yourself\b/, negatable: false },

  // privacy
  { standard: 'privacy', kind: 'violation', re: /\b(send|give|read|upload|provide|tell)( me| us)? (your|a (photo|copy|scan) of your) (id|id number|id card|passport|bank card( number)?|card number|pin)\b/ },
  { standard: 'privacy', kind: 'violation', re: new RegExp(`\\b${THIRD}('s)? (personal |mobile |phone |home )?(number|phone number|mobile|address|email)( is|:)\\s*[\\d+a-z]`) },
  { standard: 'privacy', kind: 'violation', re: /\b(he|she|they) (lives|live|stays) (on|at|in)\b|\b(mr|mrs|ms|miss)\.? [a-z]+ (in|at|from) (apartment|flat|unit|room|number)\b/ },
  { standard: 'privacy', kind: 'credit', re: /\bprivacy (reasons|policy|rules|laws)\b|\bfor privacy\b|\bprotect your (privacy|data|details|information)\b|\bkeep your (details|information|data|number) (confidential|private|safe|secure)\b|\b(can not|not able to|not allowed to|not permitted to|unable to|never|will not|do not) (share|give out|disclose|pass on|release|reveal|hand out)\b[^.]{0,40}\b(details|number|numbers|address|addresses|information|data|phone|email|name)\b/, negatable: false },

  // language
  { standard: 'language', kind: 'credit', re: /\bplease\b|\bthank you\b|\bthanks\b|\b(i|we) (really |truly )?appreciate\b|\bgood (morning|afternoon|evening)\b|\bkindly\b|\bhappy to help\b|\bmy pleasure\b/ },
  { standard: 'language', kind: 'violation', re: /\bwhatever\b|\bcalm down\b|\bchill out\b|\btake it or leave it\b|\boverreact|\bminor issue\b|\bit is just a\b|\bi have already (explained|told you)\b|\balready told you\b|\bnot sure what you expect\b|\bwhat do you want me to do\b|\bugh\b|\bthat is just (our|the) policy\b|\bnothing i can do\b|\bnot my problem\b|\bdeal with it\b|\bstop (shouting|yelling|complaining)\b/, negatable: false }
]

export const EN_REMEDY_CUES: RemedyCue[] = [
  { remedy: 'refund', re: /\brefund|\bmoney back\b|\breimburse/ },
  { remedy: 'exchange', re: /\breplace(ment)?\b|\bexchange\b|\bswap\b|\bsend (you )?(out )?(the correct|a new|another|a fresh)|\bsend the correct one/ },
  { remedy: 'repair', re: /(?<!paid )\brepair|\btechnician\b/ },
  { remedy: 'coupon', re: /\bvoucher\b|\bcoupon\b|\bdiscount( code)?\b|\bstore credit\b|\bgift card\b/ },
  { remedy: 'gift', re: /\b(free|small|complimentary) gift\b|\bcomplimentary\b/ },
  { remedy: 'compensation', re: /\bcompensat|\bgoodwill (payment|gesture)\b|\bcover the (cost|costs|bill)\b/ }
]
