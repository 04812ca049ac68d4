import type { AnalysedDocument, AnalysedSentence, Cluster, Mention } from './document-analysis.js';
import type { RelationDraft } from './relation-draft.js';
import { WEEKDAYS } from './calendar-words.js';
import { COMPANY_VERBS } from './headline-subjects.js';
import { endsWithLegalSuffix } from './name-normalisation.js';
import { isParty, mentionAt, mentionEndingAt } from './sentence-reading.js';
import { mayTrigger, triggerClass } from './trigger-words.js';

// Longest first so "chief executive officer" wins over "chief executive".
const ROLES: [string[], string][] = (
  [
    ['chief executive officer', 'CEO'], ['chief executive', 'CEO'], ['ceo', 'CEO'], ['co-chief executive officer', 'CEO'],
    // "Samsung 's co-CEO Jun Young-hyun": one of two chief executives is still one.
    ['co-chief executive', 'CEO'], ['co-ceo', 'CEO'], ['co-chairman', 'Chairman'], ['co-chair', 'Chairman'], ['chief financial officer', 'CFO'], ['cfo', 'CFO'],
    ['chief operating officer', 'COO'], ['coo', 'COO'], ['chief technology officer', 'CTO'], ['cto', 'CTO'],
    ['executive chairman', 'Chairman'], ['chairman', 'Chairman'], ['chairwoman', 'Chairman'], ['chair', 'Chairman'],
    ['president', 'President'], ['co-founder', 'Founder'], ['founder', 'Founder'], ['managing director', 'Managing Director'],
    // "Citigroup chief Jane Fraser", "the head of Globex": news calls the leader so, whatever the title.
    ['chief', 'Head'], ['head', 'Head'],
  ] as [string, string][]
)
  .map(([phrase, role]) => [phrase.split(' '), role] as [string[], string])
  .sort((a, b) => b[0].length - a[0].length);

const ROLE_FIRST_WORDS = new Set(ROLES.map(([words]) => words[0]!));
// Both leadership rules need a role in the sentence.
const ROLE_TRIGGERS = triggerClass(ROLE_FIRST_WORDS);
const HEAD_TRIGGERS = triggerClass(['heads', 'leads', 'runs', 'chairs', 'headed', 'led', 'run', 'chaired']);

function roleAt(s: AnalysedSentence, i: number): { role: string; end: number } | undefined {
  if (!ROLE_FIRST_WORDS.has(s.lower[i]!)) return undefined;
  for (const [words, role] of ROLES) {
    if (!words.every((w, k) => s.lower[i + k] === w)) continue;
    if (role === 'Head' && !headsWhole(s, i + 1)) return undefined;
    return { role, end: i + words.length };
  }
  return undefined;
}

/**
 * "chief" and "head" name a leader only when nothing narrows them: "Finnair chief Jo Reyes", "head of Globex" — not
 * "chief economist", "chief of staff", "head of research".
 */
function headsWhole(s: AnalysedSentence, next: number): boolean {
  const w = s.tokens[next]?.text ?? '.';
  if (w === 'of' || w === 'at') return /^\p{Lu}/u.test(s.tokens[next + 1]?.text ?? '') || s.lower[next + 1] === 'the';
  return !/^\p{Ll}/u.test(w);
}

const ROLE_JOINERS = new Set(['and', '&', ',']);
// Roles by what they say of a leader, first the most.
const ROLE_RANK = ['CEO', 'Chairman', 'President', 'Managing Director', 'COO', 'CFO', 'CTO', 'Founder', 'Head'];

/** The highest-ranked of the roles written between tokens `from` and `to`. */
function chiefRole(s: AnalysedSentence, from: number, to: number): string {
  let best = 'Head';
  for (let k = from; k < to; k++) {
    const r = roleAt(s, k);
    if (r && ROLE_RANK.indexOf(r.role) < ROLE_RANK.indexOf(best)) best = r.role;
  }
  return best;
}

/** The first of the roles joined to the one at `i` ("founder , chairman and CEO"), or `i` when it stands alone. */
function firstJoinedRole(s: AnalysedSentence, i: number): number {
  let first = i;
  for (let joined = true; joined; ) {
    joined = false;
    if (!ROLE_JOINERS.has(s.lower[first - 1] ?? '')) break;
    for (let k = Math.max(0, first - 5); k < first - 1; k++) {
      if (roleAt(s, k)?.end !== first - 1) continue;
      first = k;
      joined = true;
      break;
    }
  }
  return first;
}

/** The end of the last role joined after one ending at `end` ("president and chief executive officer"), or `end`. */
function joinedRolesEnd(s: AnalysedSentence, end: number): number {
  for (let next = ROLE_JOINERS.has(s.lower[end] ?? '') ? roleAt(s, end + 1) : undefined; next; ) {
    end = next.end;
    next = ROLE_JOINERS.has(s.lower[end] ?? '') ? roleAt(s, end + 1) : undefined;
  }
  return end;
}

const NOT_AN_EMPLOYER = new Set(['new', 'incoming', 'outgoing', 'interim', 'acting', 'current', 'longtime', 'longstanding', 'veteran', 'deputy']);
const IN_OFFICE = new Set(['new', 'interim', 'acting', 'current', 'longtime', 'longstanding', 'veteran']);
const FORMER = new Set(['former', 'ex', 'ex-', 'late', 'then', 'outgoing', 'previous']);
// "retired as chairman", "stepped down as CEO", "will be replaced as president": a leader no more.
const LEFT_OFFICE = /^(?:retir|resign|stepp|down|quit|left|leav|served|ousted|replaced|removed)/;
// "the nomination of Jane Doe as chairman", "her confirmation hearing as": a leader proposed, not yet in office.
const PROPOSED = /^(?:nominat|confirm|candida|propos|replacement)/;
const ENDED_TENURE = new Set(['resignation', 'removal', 'ouster', 'dismissal', 'death', 'firing', 'sacking', 'departure']);
const SUCCEEDS = /^(?:succeed|succeeded|succeeds|replaced|replaces|replace)$/;
const isPerson = (m: Mention) => m.cluster.type === 'Person' && !m.anaphoric;
const isNamedParty = (m: Mention) => isParty(m) && !m.anaphoric;

const SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'explained', 'noted']);
// Verbs by which a company announces what its officer does: "Globex said CFO Jane Doe would …".
const SAID = new Set(['said', 'says', 'announced', 'announces']);
const opensSentence = (s: AnalysedSentence, i: number) => i === 0 || (i === 1 && /^[`'"“‘]+$/u.test(s.lower[0]!));

/**
 * "Jane Doe resigned", "… sold his shares and resigned": the person named just before `at` leaves office in its clause.
 * ("CEO Jane Doe will step down as chairman of its unit": she leaves another office than `role`, and stays CEO.)
 */
function leftOffice(s: AnalysedSentence, at: number, role: string): boolean {
  for (let k = at; k < Math.min(s.lower.length, at + 18); k++) {
    const w = s.lower[k]!;
    // (A comma inside a figure, "1 , 800 , 000", closes no clause.)
    if (w === ';' || (w === ',' && !(/^\d+$/.test(s.lower[k - 1] ?? '') && /^\d+$/.test(s.lower[k + 1] ?? '')))) return false;
    if (LEFT_OFFICE.test(w)) return !leavesOtherRole(s, k, role);
  }
  return false;
}

/** "stepped down as chairman", "resigns as CFO and director": the roles left after the leaving verb at `k` exclude `role`. */
function leavesOtherRole(s: AnalysedSentence, k: number, role: string): boolean {
  let as = k + 1;
  if (s.lower[as] === 'down') as++;
  const first = s.lower[as] === 'as' ? roleAt(s, as + 1) : undefined;
  if (!first) return false;
  const left = [first.role];
  for (let next = ROLE_JOINERS.has(s.lower[first.end] ?? '') ? roleAt(s, first.end + 1) : undefined, end = first.end; next; ) {
    left.push(next.role);
    end = next.end;
    next = ROLE_JOINERS.has(s.lower[end] ?? '') ? roleAt(s, end + 1) : undefined;
  }
  return !left.includes(role);
}

// "steps down", "resigns", "quits", "is ousted": a leader leaving office, told by the verb after the name.
const LEAVING = /^(?:resigns|resigned|resigning|quits|quit|retires|retired|retiring|ousted|fired|exits|exited|departs|departed|leaves|leaving)$/;

// A company putting its officer out of office: "Globex Ousts CEO Jane Doe", "Globex Replaces CFO Jane Doe With …".
const OUSTING = new Set(['ousts', 'fires', 'sacks', 'dismisses', 'removes', 'replaces', 'suspends', 'axes', 'demotes']);

/** A title's verb at `k`, between its company and a role: "Globex Names CEO …", "Globex Says CFO …", "Globex Ousts CEO …". */
function titleVerbAt(s: AnalysedSentence, k: number): boolean {
  const w = s.lower[k] ?? '';
  return s.caseless && (COMPANY_VERBS.has(w) || OUSTING.has(w) || SPEECH.has(w));
}

/** The verb right after the name (an auxiliary may come between) tells the leader leaving. */
function leavesAt(s: AnalysedSentence, at: number, role: string): boolean {
  // ("will step down at year end": still in office.)
  const k = /^(?:is|was|has|had)$/.test(s.lower[at] ?? '') ? at + 1 : at;
  const w = s.lower[k] ?? '';
  return (LEAVING.test(w) || (/^(?:steps|stepped|stepping|step)$/.test(w) && s.lower[k + 1] === 'down')) && !leavesOtherRole(s, k, role);
}

/** "… said the company", "… said that its": the company a speaker's own words refer back to. */
function companySpokenFor(s: AnalysedSentence, k: number): Mention | undefined {
  if (!SPEECH.has(s.lower[k] ?? '')) return undefined;
  const at = s.lower[k + 1] === 'that' ? k + 2 : k + 1;
  return mentionAt(s, at, (m) => m.anaphoric && m.cluster.type === 'Company');
}

/** "Nvidia CEO Jensen Huang", "Tim Cook, Apple's chief executive", "Jensen Huang, CEO of Nvidia". */
// Roles only a company's officers hold: "President Donald Trump" or "Chairman Jerome Powell" lead no company of the story.
const OFFICER_ROLES = new Set(['CEO', 'CFO', 'COO', 'CTO']);

// News agencies and broadcasters a source speaks to: "told Reuters", "told Bloomberg News".
const NEWS_AGENCIES = /^(?:Reuters|Bloomberg|CNBC|AFP|Agence France|Associated Press|AP|Dow Jones|Xinhua|Kyodo)\b/;

/** The sentence tells something to a news agency, and the cluster is that agency. */
function toldNewsAgency(s: AnalysedSentence, c: Cluster): boolean {
  return s.mentions.some((m) => m.cluster === c && /^(?:told|tells|tell)$/.test(s.lower[m.start - 1] ?? '') && NEWS_AGENCIES.test(c.surfaceForms[0]!));
}

/** "Globex said [on Monday] [that] CFO …": the index of the verb of saying before the role at k, or -1. */
function saidBefore(s: AnalysedSentence, k: number): number {
  let j = k - 1;
  if (s.lower[j] === 'that') j--;
  if (WEEKDAYS.has(s.lower[j] ?? '') && s.lower[j - 1] === 'on') j -= 2;
  return SAID.has(s.lower[j] ?? '') ? j : -1;
}

// Words that may stand between a sentence's company and an "under" phrase set off after it: "Globex said on Tuesday ,".
const BEFORE_UNDER = new Set([',', 'said', 'says', 'on', 'that', 'has', 'have', 'had', 'is', 'was', 'which', 'today', 'yesterday', 'announced', ...WEEKDAYS]);

/**
 * The company a phrase "under ROLE Person" at `under` says the person leads: the named company opening the sentence
 * before it ("Globex said on Tuesday , under CEO Jane Doe , it would …"), or right after the phrase when it opens the
 * sentence ("Under CEO Jane Doe , Globex has …").
 */
function companyUnder(s: AnalysedSentence, under: number, person: Mention): Mention | undefined {
  const isNamedCompany = (m: Mention) => isNamedParty(m) && m.cluster.type === 'Company';
  if (under === 0) return s.lower[person.end] === ',' ? mentionAt(s, person.end + 1, isNamedCompany) : undefined;
  if (s.lower[under - 1] !== ',') return undefined;
  const subject = s.mentions.find((m) => m.start === 0 && isNamedCompany(m));
  if (!subject || subject.end >= under) return undefined;
  for (let k = subject.end; k < under; k++) if (!BEFORE_UNDER.has(s.lower[k]!)) return undefined;
  return subject;
}

function leadersIn(s: AnalysedSentence, storyCompany: Cluster | undefined): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (let i = 0; i < s.lower.length; i++) {
    const found = roleAt(s, i);
    if (!found) continue;
    if (FORMER.has(s.lower[i - 1] ?? '') || FORMER.has(s.lower[i - 2] ?? '')) continue;
    const { role, end } = found;
    // "President and CEO Jane Doe", "founder, chairman and CEO at Acme": the company stands before the first of the
    // joined roles, the person before it.
    const joinedStart = firstJoinedRole(s, i);
    if (joinedStart < i && FORMER.has(s.lower[joinedStart - 1] ?? '')) continue;
    // Of joined roles, the one that says most is the one shown: "CEO and co-founder Jane Doe" is the CEO.
    const shownRole = joinedStart < i ? chiefRole(s, joinedStart, end) : role;
    let skip = joinedStart;
    // "Boeing 's new CEO Jane Doe": a word of tenure between the possessive and the role.
    if (IN_OFFICE.has(s.lower[skip - 1] ?? '') && /^(?:'s|’s)$/.test(s.lower[skip - 2] ?? '')) skip--;
    if (s.lower[skip - 1] === "'s" || s.lower[skip - 1] === '’s') skip--;
    // The tagger often calls a company a place right before "CEO"; a corporate role settles it.
    // ("Europe head Jane Doe" runs a region of some company; "Kelvoria 's president" a country.)
    const corporateRole = role !== 'President' && role !== 'Head';
    // "Walmart International CEO": a division name between the company and the role.
    let division: string | undefined;
    if (!mentionEndingAt(s, skip, () => true) && /^\p{Lu}/u.test(s.tokens[skip - 1]?.text ?? '') && mentionEndingAt(s, skip - 1, isNamedParty)) {
      // "Nestle Ousts CEO Jane Doe": a leader put out of office, like one who steps down, leads no more.
      if (titleVerbAt(s, skip - 1) && OUSTING.has(s.lower[skip - 1]!)) continue;
      // ("Globex Names CEO Jane Doe": the title's verb is no division.)
      if (!titleVerbAt(s, skip - 1)) division = s.tokens[skip - 1]!.text;
      skip--;
    }
    // "its chief executive, Jane Doe", "the company's chief financial officer": the company the possessive points back to.
    const describedBefore = (k: number) => mentionEndingAt(s, k, (m) => m.anaphoric && m.cluster.type === 'Company');
    const possessive = !corporateRole ? undefined : s.lower[i - 1] === 'its' ? describedBefore(i) : skip < i ? describedBefore(skip) : undefined;
    const org =
      mentionEndingAt(s, skip, isNamedParty) ??
      (corporateRole ? mentionEndingAt(s, skip, (m) => m.cluster.type === 'Location' && !m.anaphoric) : undefined) ??
      possessive;
    if (org && FORMER.has(s.lower[org.start - 1] ?? '')) continue;
    // "after the removal of Kelvoran party chief Jo Reyes": a leader no more.
    if (org && s.lower.slice(Math.max(0, org.start - 4), org.start).some((w) => ENDED_TENURE.has(w))) continue;
    // "told Reuters its chairman Jane Doe …": the news agency spoken to employs no one named after it.
    if (org && toldNewsAgency(s, org.cluster)) continue;
    // "New CEO John Flannery": an adjective the tagger took for a company.
    if (org && org.end - org.start === 1 && NOT_AN_EMPLOYER.has(s.lower[org.start]!)) continue;
    if (org?.cluster.type === 'Location') org.cluster.type = 'Company';
    // Org ROLE Person / Org's ROLE, Person
    let person = mentionAt(s, end, isPerson) ?? (s.lower[end] === ',' ? mentionAt(s, end + 1, isPerson) : undefined);
    // "Globex CEO Jane Doe Steps Down", "… resigns": a leader leaving, told right after the name.
    // ("when Globex Chairman Jane Doe retires , …": a leaving still to come.)
    if (org && person && leavesAt(s, person.end, shownRole) && !/^(?:when|until|once|after|before|if)$/.test(s.lower[org.start - 1] ?? '')) continue;
    if (org && person) {
      const properties: Record<string, string> = division ? { role: shownRole, division } : { role: shownRole };
      drafts.push({ type: 'LEADS', source: person.cluster, target: org.cluster, properties, confidence: org === possessive ? 0.6 : 0.8, sentence: s });
      continue;
    }
    // "Globex , under Chief Executive Jane Doe , has …", "Under CEO Jane Doe , Globex has …": the company led so.
    // ("Under President Jane Doe , Globex …" tells of a head of state's time.)
    const ledUnder = !org && person && OFFICER_ROLES.has(role) && s.lower[joinedStart - 1] === 'under' && !leftOffice(s, person.end, shownRole) ? companyUnder(s, joinedStart - 1, person) : undefined;
    if (person && ledUnder) {
      drafts.push({ type: 'LEADS', source: person.cluster, target: ledUnder.cluster, properties: { role: shownRole }, confidence: 0.65, sentence: s });
      continue;
    }
    // "Globex said Chief Financial Officer Jane Doe would …": the company speaking right before the role is the leader's.
    const said = saidBefore(s, skip);
    const speaker = !org && person && said >= 0 && !/^(?:of|at)$/.test(s.lower[person.end] ?? '') ? mentionEndingAt(s, said, (m) => isNamedParty(m) && m.cluster.type === 'Company') : undefined;
    // ("U.S. officials said President Jane Doe …" speak of a head of state; "said president Jane Doe resigned" of one no more.)
    const office = person && speaker && (role !== 'President' || /^\p{Ll}/u.test(s.tokens[i]!.text) || endsWithLegalSuffix(speaker.cluster.surfaceForms[0]!));
    if (person && speaker && office && !leftOffice(s, person.end, shownRole) && !NEWS_AGENCIES.test(speaker.cluster.surfaceForms[0]!)) {
      drafts.push({ type: 'LEADS', source: person.cluster, target: speaker.cluster, properties: { role: shownRole }, confidence: 0.65, sentence: s });
      continue;
    }
    // "Chief executive Jane Doe said the company …": a leader named by role alone speaks for the story's company.
    const spokenFor = !org && person && opensSentence(s, i) ? companySpokenFor(s, person.end) : undefined;
    if (person && spokenFor) {
      drafts.push({ type: 'LEADS', source: person.cluster, target: spokenFor.cluster, properties: { role: shownRole }, confidence: 0.6, sentence: s });
      continue;
    }
    // "CFO Jane Doe said …", "under CEO Jane Doe": an officer named by role alone is the story's company's.
    // A capitalised word right before the role may be an employer the tagger missed ("iSelect MD and CEO Jane Doe").
    const before = s.lower[skip - 1] === 'and' || s.lower[skip - 1] === '&' ? skip - 2 : skip - 1;
    const unnamedEmployer = before >= 0 && /^\p{Lu}/u.test(s.tokens[before]!.text) && !(before === 0 && NOT_AN_EMPLOYER.has(s.lower[0]!));
    // ("the death of chairman Jane Doe", "succeeding as CFO Jane Doe", "Jane Doe will leave": a leader no more.)
    const ending = s.lower.slice(Math.max(0, joinedStart - 5), joinedStart).some((w) => ENDED_TENURE.has(w) || SUCCEEDS.test(w) || w === 'succeeding');
    if (person && !org && !unnamedEmployer && OFFICER_ROLES.has(role) && storyCompany && !namesAnotherCompany(s, storyCompany) && !ending && !leftOffice(s, person.end, shownRole)) {
      drafts.push({ type: 'LEADS', source: person.cluster, target: storyCompany, properties: { role: shownRole }, confidence: 0.5, sentence: s });
      continue;
    }
    // ROLE of Org, ROLE at Org
    // ("head of Pertamina 's coordinating board" heads a part of it.)
    const ofOrg = s.lower[end] === 'of' || s.lower[end] === 'at' ? mentionAt(s, end + 1, (m) => isNamedParty(m) && !/^(?:'s|’s)$/.test(s.lower[m.end] ?? '')) : undefined;
    // Person, (the) ROLE of Org / Person, Org's ROLE / Person ... as Org ROLE
    const lead = s.lower[joinedStart - 1] === 'the' ? joinedStart - 1 : joinedStart;
    const target = ofOrg ?? org;
    if (!target) continue;
    const beforeTarget = ofOrg ? lead : target.start;
    if (s.lower[beforeTarget - 1] === ',') person = mentionEndingAt(s, beforeTarget - 1, isPerson);
    else if (s.lower[beforeTarget - 1] === 'as') {
      // "Jane Doe joined Globex as CEO": the person nearest before "as"; "retired as", "the nomination of Jane Doe as"
      // tell of a past or a proposed leader, not a present one.
      const as = beforeTarget - 1;
      const people = s.mentions.filter((m) => isPerson(m) && m.end < as);
      let nearest = people.pop();
      // "Jane Doe has succeeded John Roe as chairman": the successor is the one before the verb.
      const window = nearest ? Math.max(0, nearest.start - 3) : 0;
      const succession = nearest ? s.lower.slice(window, nearest.start).findIndex((w) => SUCCEEDS.test(w)) : -1;
      if (succession >= 0) nearest = people.filter((m) => m.end <= window + succession).pop();
      const verbBeforeAs = s.lower.slice(Math.max(0, as - 2), as);
      const proposed = nearest ? s.lower.slice(Math.max(0, nearest.start - 3), as).some((w) => PROPOSED.test(w)) : false;
      person = nearest && !verbBeforeAs.some((w) => LEFT_OFFICE.test(w)) && !proposed ? nearest : undefined;
    }
    else if (ofOrg) {
      person = mentionEndingAt(s, lead, isPerson) ?? (s.lower[lead - 1] === ',' ? mentionEndingAt(s, lead - 1, isPerson) : undefined);
      // "The chief executive of Globex , Jane Doe , said": the person set off after the role opening the sentence.
      if (!person && lead === 0 && s.lower[ofOrg.end] === ',') person = mentionAt(s, ofOrg.end + 1, isPerson);
    }
    if (person) drafts.push({ type: 'LEADS', source: person.cluster, target: target.cluster, properties: { role: shownRole }, confidence: target === possessive ? 0.6 : 0.75, sentence: s });
  }
  return drafts;
}

const APPOINT = new Set(['named', 'names', 'appointed', 'appoints', 'hired', 'hires', 'promoted', 'promotes', 'elected', 'elects', 'tapped', 'taps']);
// Words between an appointee and the role: "named Jane Doe as its new chief financial officer".
const ROLE_LEAD_IN = new Set(['as', 'its', 'the', 'new', 'interim', 'acting', 'permanent', 'next', 'a', ',', 'to']);
// "Jane Doe became chief executive of Globex": taking the role, told without an appointer.
const BECOME = new Set(['became', 'becomes', 'become']);

/** "Globex named Jane Doe (as its new) chief financial officer", "Jane Doe was named chief executive of Globex". */
function appointmentsIn(s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (let v = 1; v < s.lower.length - 1; v++) {
    const become = BECOME.has(s.lower[v]!);
    if (!APPOINT.has(s.lower[v]!) && !become) continue;
    // Active: Org APPOINTED Person ROLE; "named former Initech executive Jane Doe its new CFO": a description may come first.
    const person = become ? undefined : (mentionAt(s, v + 1, isPerson) ?? describedAppointee(s, v));
    if (person) {
      let k = person.end;
      while (k < person.end + 4 && ROLE_LEAD_IN.has(s.lower[k] ?? '')) k++;
      const found = roleAt(s, k);
      // "The company also named …", "It named …": the story's company, described, opening the sentence.
      const org = s.mentions.filter((m) => (isNamedParty(m) || (m.anaphoric && m.start === 0 && m.cluster.type === 'Company')) && m.end <= v && m.end >= v - 3).pop();
      // "named Jane Doe president and chief executive of its Quillmere unit": the role is at the unit, not the appointer.
      const roleEnd = joinedRolesEnd(s, found?.end ?? k);
      const ofItsUnit = (s.lower[roleEnd] === 'of' || s.lower[roleEnd] === 'at') && /^(?:its|their)$/.test(s.lower[roleEnd + 1] ?? '');
      if (found && org && !FORMER.has(s.lower[k - 1] ?? '') && !ofItsUnit) {
        drafts.push({ type: 'LEADS', source: person.cluster, target: org.cluster, properties: { role: found.role }, confidence: 0.7, sentence: s });
      }
      continue;
    }
    // Passive: Person was APPOINTED ROLE of Org; or Person (will) BECOME ROLE of Org.
    const aux = become ? (/^(?:will|to|would|has|had|later)$/.test(s.lower[v - 1]!) ? v - 1 : v) : v - 1;
    if (!become && !['was', 'is', 'been', 'be'].includes(s.lower[aux]!)) continue;
    // "Jane Doe , who was named …": the person the relative clause is about.
    const relative = s.lower[aux - 1] === 'who' && s.lower[aux - 2] === ',' ? mentionEndingAt(s, aux - 2, isPerson) : undefined;
    const appointee = become
      ? (relative ?? mentionEndingAt(s, aux, isPerson))
      : (relative ?? mentionEndingAt(s, s.lower[v - 2] === 'has' || s.lower[v - 2] === 'had' ? v - 2 : v - 1, isPerson) ?? mentionEndingAt(s, v - 1, isPerson));
    let k = v + 1;
    while (k < v + 4 && ROLE_LEAD_IN.has(s.lower[k] ?? '')) k++;
    // "was named Globex 's chief executive": the company before its role.
    const owner = mentionAt(s, k, isNamedParty);
    const owned = owner && /^(?:'s|’s)$/.test(s.lower[owner.end] ?? '') ? owner : undefined;
    const found = roleAt(s, owned ? owned.end + 1 : k);
    const org = owned ?? (found && (s.lower[found.end] === 'of' || s.lower[found.end] === 'at') ? mentionAt(s, found.end + 1, isNamedParty) : undefined);
    if (appointee && found && org) drafts.push({ type: 'LEADS', source: appointee.cluster, target: org.cluster, properties: { role: found.role }, confidence: 0.7, sentence: s });
  }
  return drafts;
}

const HEADS = new Set(['heads', 'leads', 'runs', 'chairs']);
// "who has led Globex since 2019": a leader still in office ("who had led" is one no more).
const HAS_HEADED = new Set(['headed', 'led', 'run', 'chaired']);
const ROLE_OF_VERB: Record<string, string> = { heads: 'Head', leads: 'Head', runs: 'Head', chairs: 'Chairman', headed: 'Head', led: 'Head', run: 'Head', chaired: 'Chairman' };

/** "Jane Doe , who heads Globex ,": the person a relative clause says leads a company (not "runs Globex 's unit"). */
function headsIn(s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (let v = 3; v < s.lower.length - 1; v++) {
    // "who heads", "who now runs", "who has led".
    const aux = (HEADS.has(s.lower[v]!) && s.lower[v - 1] === 'now') || (HAS_HEADED.has(s.lower[v]!) && s.lower[v - 1] === 'has') ? 1 : 0;
    if (!aux && !HEADS.has(s.lower[v]!)) continue;
    const who = v - 1 - aux;
    if (s.lower[who] !== 'who' || s.lower[who - 1] !== ',') continue;
    const person = mentionEndingAt(s, who - 1, isPerson);
    const org = mentionAt(s, s.lower[v + 1] === 'the' ? v + 2 : v + 1, (m) => isNamedParty(m) && m.cluster.type === 'Company');
    if (!person || !org || /^(?:'s|’s|')$/.test(s.lower[org.end] ?? '')) continue;
    drafts.push({ type: 'LEADS', source: person.cluster, target: org.cluster, properties: { role: ROLE_OF_VERB[s.lower[v]!]! }, confidence: 0.65, sentence: s });
  }
  return drafts;
}

// Words of a description before an appointee: "former Initech executive", "veteran banker", "industry outsider".
const APPOINTEE_DESCRIPTION = /^(?:former|veteran|longtime|ex|senior|top|industry|company|group|bank|retail|tech|executive|executives|banker|lawyer|insider|outsider|manager|official|analyst|director)$/;

/** The person after a short description of them right after the appointing verb at v ("named former Initech executive Jane Doe"). */
function describedAppointee(s: AnalysedSentence, v: number): Mention | undefined {
  for (let k = v + 1; k <= v + 6 && k < s.lower.length; k++) {
    const person = mentionAt(s, k, isPerson);
    if (person) return k > v + 1 ? person : undefined;
    const named = mentionAt(s, k, isNamedParty);
    if (named) {
      k = named.end - 1;
      continue;
    }
    // "named former Novaris executive Raj Patel": a capitalised word the tagger left unnamed, the appointee's old employer.
    const formerEmployer = /^\p{Lu}/u.test(s.tokens[k]!.text) && k > v + 1 && APPOINTEE_DESCRIPTION.test(s.lower[k + 1] ?? '');
    if (!APPOINTEE_DESCRIPTION.test(s.lower[k]!) && !formerEmployer) return undefined;
  }
  return undefined;
}

const SUCCEED = new Set(['succeed', 'succeeds', 'succeeded', 'succeeding', 'replace', 'replaces', 'replaced', 'replacing']);

/**
 * "Globex said Jane Doe will succeed John Roe as chief executive", "Jane Doe succeeds John Roe as chairman of Globex":
 * the successor takes the role, at the company named after it or, failing that, the one opening the sentence.
 */
function successionsIn(s: AnalysedSentence): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  for (let v = 1; v < s.lower.length - 3; v++) {
    if (!SUCCEED.has(s.lower[v]!)) continue;
    let subjectEnd = v;
    while (subjectEnd > 0 && /^(?:will|to|would|is|was|has|had|be|been|set)$/.test(s.lower[subjectEnd - 1]!)) subjectEnd--;
    const successor = mentionEndingAt(s, subjectEnd, isPerson);
    const predecessor = mentionAt(s, v + 1, isPerson);
    if (!successor || !predecessor || s.lower[predecessor.end] !== 'as') continue;
    let k = predecessor.end + 1;
    while (k < predecessor.end + 4 && ROLE_LEAD_IN.has(s.lower[k] ?? '')) k++;
    const found = roleAt(s, k);
    if (!found) continue;
    // "a nomination of Jane Doe to replace …", "no one better than Jane Doe to replace …": only named to it counts.
    if (s.lower[v - 1] === 'to' && !s.lower.slice(Math.max(0, successor.start - 8), successor.start).some((w) => APPOINT.has(w))) continue;
    // "president and chief executive officer of …": every role joined to the first.
    const end = joinedRolesEnd(s, found.end);
    // "… as chairman of the Federal Reserve", "… of its Mountain Bell subsidiary": the role's own organisation.
    const of = s.lower[end] === 'of' || s.lower[end] === 'at';
    const ofOrg = of ? mentionAt(s, s.lower[end + 1] === 'the' ? end + 2 : end + 1, isNamedParty) : undefined;
    if (of && !ofOrg) continue;
    // "Globex said Jane Doe will succeed …": the company speaking, right before its verb of saying.
    const speaker = s.mentions.find((m) => isNamedParty(m) && m.end <= successor.start && m.start <= 1 && SAID.has(s.lower[m.end] ?? ''));
    const org = ofOrg ?? speaker;
    if (org) drafts.push({ type: 'LEADS', source: successor.cluster, target: org.cluster, properties: { role: found.role }, confidence: 0.65, sentence: s });
  }
  return drafts;
}

/** A company named in the sentence other than the story's: an officer named by role alone could be its. */
const namesAnotherCompany = (s: AnalysedSentence, story: Cluster) => s.mentions.some((m) => isNamedParty(m) && m.cluster !== story);

/**
 * The company a story is about: named most, at least three times, and at least twice as often as any other, counting
 * for it the descriptions and pronouns that point back to it ("the iPhone maker", "its").
 */
function storyCompanyOf(doc: AnalysedDocument): Cluster | undefined {
  const named = new Map<Cluster, number>();
  const described = new Map<Cluster, number>();
  for (const s of doc.sentences) {
    for (const m of s.mentions) {
      if (m.cluster.type !== 'Company') continue;
      const counts = m.anaphoric ? described : named;
      counts.set(m.cluster, (counts.get(m.cluster) ?? 0) + 1);
    }
  }
  const [first, second] = [...named].sort((a, b) => b[1] - a[1]);
  if (!first) return undefined;
  const count = first[1] + (described.get(first[0]) ?? 0);
  return count >= 3 && (!second || count >= 2 * second[1]) ? first[0] : undefined;
}

export function findLeaders(doc: AnalysedDocument): RelationDraft[] {
  const drafts: RelationDraft[] = [];
  let story: Cluster | undefined | null = null;
  for (const s of doc.sentences) {
    if (mayTrigger(s, HEAD_TRIGGERS)) drafts.push(...headsIn(s));
    if (!mayTrigger(s, ROLE_TRIGGERS)) continue;
    if (story === null) story = storyCompanyOf(doc);
    drafts.push(...leadersIn(s, story), ...appointmentsIn(s), ...successionsIn(s));
  }
  return drafts;
}
