import type { Cluster } from './analysis-types.js';
import { boundedMemo } from './bounded-memo.js';
import { isCorporateHead } from './corporate-heads.js';
import { companyKeyWords, endsWithLegalSuffix, isLegalSuffix, matchingWord, matchingWords, nameWords } from './name-normalisation.js';
import { isListedCompanyWord } from './ner/company-gazetteer.js';
import { defaultNerModel } from './ner/default-model.js';
import { isNamedForPerson } from './ner/person-named-companies.js';
import { isPublicBody } from './organization-typing.js';
import { isUsState, isWellKnownPlace } from './ner/well-known-places.js';
import type { EntityType } from './types.js';

export const isOrg = (t: EntityType) => t === 'Company' || t === 'Organization';

// The words of a person's, place's or product's name, remembered: stories repeat names (a copy is handed out, as
// a cluster keeps its key).
const nameWordsOf = boundedMemo((name: string): readonly string[] => nameWords(name), 50_000);

/** The entities of one document, found by name: exact key, unique leading part, or a person's first or last name. */
export class ClusterIndex {
  readonly clusters: Cluster[] = [];
  // Lookups by group ("org" for companies and bodies) + key, so long documents stay linear.
  private readonly exact = new Map<string, Cluster>();
  private readonly byPrefix = new Map<string, Set<Cluster>>();
  private readonly byNamePart = new Map<string, Set<Cluster>>();
  private readonly acronyms = new Map<string, Set<Cluster>>();
  private readonly bySurname = new Map<string, Set<Cluster>>();
  private readonly byCountryless = new Map<string, Set<Cluster>>();

  /** `groupMembers`: for keys of short names, the keys of longer names they lead that the story shows to be other companies. */
  constructor(private readonly groupMembers: ReadonlyMap<string, ReadonlySet<string>> = NO_MEMBERS) {}

  /** Finds the cluster a name belongs to within this document, or makes one. */
  resolve(type: EntityType, text: string, sentence: number): Cluster {
    const key = type === 'Company' || type === 'Organization' ? companyKeyWords(text) : [...nameWordsOf(text)];
    const group = isOrg(type) ? 'org' : type;
    const lookup = group + '|' + this.lookupKey(group, key);
    let match = this.exact.get(lookup);
    // ("Ford Motor Co" beside "Ford Motor Credit Co": a name closed by its legal form is whole, no short form.)
    if (!match && group === 'org' && !endsWithLegalSuffix(text)) {
      // "Great Wall" after "Great Wall Motor Co Ltd": a unique prefix is the same company.
      const prefixed = this.withoutGroupMembers(key, this.byPrefix.get(lookup));
      const longer = prefixed?.size === 1 ? [...prefixed][0]! : parentAmong(prefixed, key.length, !isWellKnownPlace(text));
      if (longer && !namesRegionalUnit(longer, key.length) && !namesOwnerVehicle(longer, key.length) && !namesBodyPart(longer, text)) match = longer;
    }
    if (!match && group === 'org') match = this.byAcronym(text, key) ?? this.byFounderSurname(key) ?? this.byCountry(key);
    // "iPhones" beside "iPhone": a product named in the plural is the product (and named in the singular).
    if (!match && type === 'Product') {
      const other = this.exact.get(group + '|' + otherNumber(key));
      if (other) return this.addOtherNumber(other, text, key);
    }
    if (!match && type === 'Person' && key.length === 1) {
      const named = this.byNamePart.get(key[0]!);
      if (named?.size === 1) match = [...named][0];
    }
    if (match) {
      if (!match.surfaceForms.includes(text)) match.surfaceForms.push(text);
      if (key.length > match.keyWords.length) {
        match.keyWords = key;
        this.register(match, group);
      }
      match.mentions++;
      return match;
    }
    const cluster: Cluster = { type, surfaceForms: [text], keyWords: key, properties: {}, mentions: 1, firstSentence: sentence };
    this.clusters.push(cluster);
    this.register(cluster, group);
    return cluster;
  }

  /** "Velmar" beside "Velmar Industries", which it buys a stake in: the longer names of other companies of its group are left out. */
  private withoutGroupMembers(key: readonly string[], prefixed: Set<Cluster> | undefined): Set<Cluster> | undefined {
    const others = this.groupMembers.size > 0 ? this.groupMembers.get(key.join(' ')) : undefined;
    if (!prefixed || !others) return prefixed;
    const left = [...prefixed].filter((c) => !others.has(c.keyWords.join(' ')));
    return left.length > 0 ? new Set(left) : undefined;
  }

  /** A product's name in the other number joins it, named and keyed in the singular: the plural is an alias only. */
  private addOtherNumber(product: Cluster, text: string, key: string[]): Cluster {
    product.mentions++;
    const aliases = (product.aliasesOnly ??= []);
    if (text.length > product.surfaceForms[0]!.length) {
      if (!aliases.includes(text)) aliases.push(text);
      return product;
    }
    for (const f of product.surfaceForms) if (!aliases.includes(f)) aliases.push(f);
    product.surfaceForms = [text];
    product.keyWords = key;
    this.register(product, 'Product');
    return product;
  }

  /**
   * Makes `from` one entity with `into` ("Foxconn, formally Hon Hai Precision Industry Co Ltd"): its names join `into`'s
   * (as former names when `former`: "Altus, formerly known as …"), and every lookup that found `from` finds `into`. The
   * caller moves the mentions.
   */
  merge(from: Cluster, into: Cluster, former: boolean): void {
    const names = former ? (into.aliasesOnly ??= []) : into.surfaceForms;
    for (const f of from.surfaceForms) if (!names.includes(f) && !into.surfaceForms.includes(f)) names.push(f);
    for (const [k, v] of Object.entries(from.properties)) if (!(k in into.properties)) into.properties[k] = v;
    into.mentions += from.mentions;
    into.firstSentence = Math.min(into.firstSentence, from.firstSentence);
    for (const [k, c] of this.exact) if (c === from) this.exact.set(k, into);
    for (const map of [this.byPrefix, this.byNamePart, this.acronyms, this.bySurname, this.byCountryless]) {
      for (const set of map.values()) if (set.delete(from)) set.add(into);
    }
    this.clusters.splice(this.clusters.indexOf(from), 1);
  }

  /**
   * "FDA" and "U.S. Food and Drug Administration" in one story: a short all-capital name is the one body or
   * company whose initials it spells, and a long name is the one written as its initials before.
   */
  private byAcronym(text: string, key: readonly string[]): Cluster | undefined {
    if (/^\p{Lu}{2,6}$/u.test(text)) return unique(this.acronyms.get(key[0]!)) ?? this.byTicker(text);
    // "J&J" after "Johnson & Johnson", "P&G" after "Procter & Gamble".
    // (Initials joined by "&" need an "&": most names are not read for them.)
    if (text.includes('&')) {
      const joined = text.replace(/\s+/g, '');
      if (AMPERSAND_INITIALS.test(joined)) return unique(this.acronyms.get(joined.toLowerCase()));
    }
    for (const initials of acronymsOf(key)) {
      const found = this.exact.get('org|' + initials);
      if (found && found.keyWords.length === 1) return found;
    }
    return undefined;
  }

  /**
   * "NVDA" after "Nvidia", "MSFT" after "Microsoft": a ticker of four or five capitals spelling, in order and from its
   * first letter on, the letters of the one company in the story whose one-word name is longer ("SEC" is no
   * "Securities": three letters are too few).
   */
  private byTicker(text: string): Cluster | undefined {
    if (text.length < 4 || text.length > 5) return undefined;
    const letters = text.toLowerCase();
    const spelled = this.clusters.filter((c) => c.type === 'Company' && c.keyWords.length === 1 && spellsInOrder(letters, c.keyWords[0]!));
    return spelled.length === 1 ? spelled[0] : undefined;
  }

  /**
   * "Disney" and "The Walt Disney Company", "Lilly" and "Eli Lilly and Co": a company named for a person is also written
   * by the surname alone, either way round (a unique leading part, "Stanley" of "Stanley Black & Decker", wins).
   */
  private byFounderSurname(key: readonly string[]): Cluster | undefined {
    if (key.length === 1) return unique(this.bySurname.get(key[0]!));
    if (!isNamedForPerson(key)) return undefined;
    const alone = this.exact.get('org|' + matchingWord(key[1]!));
    return alone && alone.keyWords.length === 1 ? alone : undefined;
  }

  /**
   * "the Commerce Department" and "the U.S. Commerce Department": a public body's name of two words or more is the same
   * with its country before it, either way round.
   */
  private byCountry(key: readonly string[]): Cluster | undefined {
    const rest = withoutCountry(key);
    if (rest) return this.exact.get('org|' + matchingWords(rest));
    return key.length >= 2 ? unique(this.byCountryless.get(matchingWords(key))) : undefined;
  }

  /** Companies and bodies are looked up with short word forms written out (see matchingWords). */
  private lookupKey(group: string, key: readonly string[]): string {
    return group === 'org' ? matchingWords(key) : key.join(' ');
  }

  /** The leading parts' lookup keys, each the one before it and one more word (as lookupKey of key.slice(0, k)). */
  private registerPrefixes(c: Cluster, group: string, key: readonly string[]): void {
    let prefix = '';
    for (let k = 1; k < key.length; k++) {
      const word = group === 'org' ? matchingWord(key[k - 1]!) : key[k - 1]!;
      prefix = k === 1 ? word : prefix + ' ' + word;
      addTo(this.byPrefix, group + '|' + prefix, c);
    }
  }


  private register(c: Cluster, group: string): void {
    const key = c.keyWords;
    this.exact.set(group + '|' + this.lookupKey(group, key), c);
    this.registerPrefixes(c, group, key);
    if (group === 'org') {
      for (const initials of acronymsOf(key)) addTo(this.acronyms, initials, c);
      for (const initials of ampersandAcronymsOf(key)) addTo(this.acronyms, initials, c);
    }
    const rest = group === 'org' ? withoutCountry(key) : undefined;
    if (rest) {
      // ("the Department" after "the U.S. Department of Transportation".)
      this.registerPrefixes(c, group, rest);
      addTo(this.byCountryless, matchingWords(rest), c);
    }
    if (group === 'org' && isNamedForPerson(key)) addTo(this.bySurname, key[1]!, c);
    // ("Betts" of "Thomas and Betts Corp", "Lyle" of "Tate and Lyle Plc": a firm named for two is written by the last.)
    if (group === 'org' && key.length >= 3 && key[key.length - 2] === 'and') addTo(this.bySurname, key[key.length - 1]!, c);
    if (group === 'Person' && key.length > 1) {
      for (const part of [key[0]!, key[key.length - 1]!]) addTo(this.byNamePart, part, c);
    }
  }
}

/**
 * "Amazon" after "Amazon.com" and "Amazon Web Services", "Ford" after "Ford Motor Co" and "Ford Motor Credit Co": of
 * several names a short form leads, the one it stands for is the company whose name adds only a legal or web suffix, or
 * a company's head word, to it (when the short form is no place: "West Virginia" is no "West Virginia Power"), or
 * else the one whose name the others extend; its units add words of their own.
 */
function parentAmong(candidates: Set<Cluster> | undefined, length: number, byHead: boolean): Cluster | undefined {
  if (!candidates) return undefined;
  const adds = (c: Cluster, only: (w: string) => boolean) => c.keyWords.slice(length).every(only);
  const parents = [...candidates].filter((c) => adds(c, (w) => w === 'com' || isLegalSuffix(w)));
  if (parents.length > 0 || !byHead) return parents.length === 1 ? parents[0] : undefined;
  const headed = [...candidates].filter((c) => adds(c, (w) => isCorporateHead(w) || isLegalSuffix(w)));
  if (headed.length === 1) return headed[0];
  // "Reliance" beside "Reliance Industries Ltd" and "Reliance Retail Ventures": the one written with its legal form.
  const formal = headed.filter((c) => c.surfaceForms.some(endsWithLegalSuffix));
  if (formal.length === 1) return formal[0];
  // "Novo" beside "Novo Nordisk A/S" and "Novo Nordisk Foundation": the name every other one extends is the parent's.
  const shortest = [...candidates].reduce((a, b) => (b.keyWords.length < a.keyWords.length ? b : a));
  return [...candidates].every((c) => c === shortest || (c.keyWords.length > shortest.keyWords.length && shortest.keyWords.every((w, i) => c.keyWords[i] === w))) ? shortest : undefined;
}

/** "nvda" in "nvidia": the letters in order, the first at the word's start, the word longer than the letters. */
function spellsInOrder(letters: string, word: string): boolean {
  if (word[0] !== letters[0] || word.length <= letters.length) return false;
  let at = 0;
  for (const c of letters) {
    at = word.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The key with its last word in the other number: "iphones" for "iphone", "iphone" for "iphones" ("class" stays). */
function otherNumber(key: readonly string[]): string {
  const last = key[key.length - 1]!;
  const other = last.endsWith('s') && !last.endsWith('ss') ? last.slice(0, -1) : last + 's';
  return [...key.slice(0, -1), other].join(' ');
}

/** Files a cluster under a lookup key of a map of sets. */
function addTo(map: Map<string, Set<Cluster>>, key: string, c: Cluster): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(c);
}

const NO_MEMBERS: ReadonlyMap<string, ReadonlySet<string>> = new Map();

const unique = (set: Set<Cluster> | undefined) => (set?.size === 1 ? [...set][0] : undefined);

const LINKING = new Set(['and', 'of', 'the', 'for', 'de', 'du', 'des']);
const COUNTRY_PREFIXES = [['u', 's'], ['us'], ['uk'], ['eu']];

/** The initials a name of three words or more may be written as: all its words but linking ones, with and without a country before them. */
function acronymsOf(key: readonly string[]): readonly string[] {
  if (key.length < 3) return NO_ACRONYMS;
  const words = key.filter((w) => !LINKING.has(w));
  if (words.length < 3) return [];
  const all = words.map((w) => w[0]).join('');
  const prefix = COUNTRY_PREFIXES.find((p) => p.every((w, i) => words[i] === w));
  const rest = prefix ? words.slice(prefix.length) : [];
  return rest.length >= 2 ? [all, rest.map((w) => w[0]).join('')] : [all];
}

const NO_ACRONYMS: readonly string[] = [];

/**
 * The words of a public body's name after the country opening it, when two or more are left ("commerce department" of
 * "u s commerce department"); companies keep theirs ("U.S. General Electric Co" is no "General Electric Co Plc").
 */
function withoutCountry(key: readonly string[]): readonly string[] | undefined {
  const prefix = COUNTRY_PREFIXES.find((p) => p.every((w, i) => key[i] === w));
  if (!prefix || key.length - prefix.length < 2) return undefined;
  const rest = key.slice(prefix.length);
  return isPublicBody(rest.join(' ')) ? rest : undefined;
}

const AMPERSAND_INITIALS = /^\p{Lu}{1,3}(?:&\p{Lu}{1,3})+$/u;

/**
 * "j&j" for "Johnson & Johnson", "m&s" for "Marks and Spencer": the initials of the words on each side of the "and"s.
 * Names written with short words ("AT&T", "S&P") are initials themselves and abbreviate nothing.
 */
function ampersandAcronymsOf(key: readonly string[]): readonly string[] {
  // (Most names have no "and": nothing to split.)
  if (!key.includes('and')) return NO_ACRONYMS;
  const sides: string[][] = [[]];
  for (const w of key) {
    if (w === 'and') sides.push([]);
    else if (!LINKING.has(w)) sides[sides.length - 1]!.push(w);
  }
  if (sides.length < 2 || sides.some((side) => side.length === 0 || side.length > 3 || side.some((w) => w.length < 2))) return [];
  return [sides.map((side) => side.map((w) => w[0]).join('')).join('&')];
}

// Heads of the parts of a public body: "Senate Budget Committee" is no "Senate".
const BODY_PARTS = new Set(['committee', 'subcommittee', 'panel', 'caucus']);

/** "the Senate" is not "the U.S. Senate Budget Committee": a body named alone is not its own committee. */
function namesBodyPart(longer: Cluster, short: string): boolean {
  return BODY_PARTS.has(longer.keyWords[longer.keyWords.length - 1]!) && isPublicBody(short);
}

/** "Velmar" is not "Velmar Investors LP": a partnership of investors named for the company is its owners' vehicle. */
function namesOwnerVehicle(longer: Cluster, shared: number): boolean {
  if (!longer.keyWords.slice(shared).includes('investors')) return false;
  return longer.surfaceForms.some((f) => PARTNERSHIP.test(f));
}

const PARTNERSHIP = /\s(?:L\.P\.?|LP)$/;

// Words that make a longer name a company's unit for a region: "Chevron Asia Pacific Exploration", "Amoco Canada". Weaker
// ones are common in full legal names ("Reed International Plc") and count only in a name without a legal suffix.
const REGIONS = new Set(['asia', 'europe', 'america', 'americas', 'africa', 'emea', 'latam']);
const WEAK_REGIONS = new Set(['international', 'global', 'worldwide', 'pacific', 'asian', 'european', 'african']);

/** "Chevron" is not "Chevron Asia Pacific Exploration": the words after the shared ones name a region or a country. */
function namesRegionalUnit(longer: Cluster, shared: number): boolean {
  const rest = longer.keyWords.slice(shared);
  const legalName = longer.surfaceForms.some(endsWithLegalSuffix);
  // A state in a full legal name is the holding company's own ("Bankers Trust New York Corp").
  const place = (name: string) => isWellKnownPlace(name) && !(legalName && isUsState(name));
  // "Disney Shanghai", "Velmex Toronto": only a city the tagger learnt as a place, with no legal suffix after it.
  const city = (w: string) => !legalName && defaultNerModel().places.has(w) && !isListedCompanyWord(w);
  if (rest.some((w) => REGIONS.has(w) || place(w)) || place(rest.slice(0, 2).join(' ')) || (rest.length <= 2 && rest.every(city))) return true;
  return !legalName && rest.some((w) => WEAK_REGIONS.has(w));
}
