import { isDictionaryWord } from './everyday-words.js';

/**
 * Countries (English names from the runtime's ICU data, no dependency) and US states: places news names so often
 * that a mention of one alone is the place, whatever the tagger made of it.
 */

const US_STATES = [
  ...'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming'.split(' '),
  ...'New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Rhode Island|South Carolina|South Dakota|West Virginia'.split('|'),
];

// Region codes whose display names are groupings or test values, not places.
const NOT_PLACES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
// Older or shorter names the display names do not give.
const OTHER_NAMES = ['Turkey', 'Burma', 'Congo', 'Hong Kong', 'Macau', 'Macao', 'Czech Republic', 'Ivory Coast', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Swaziland'];
// Capitals news writes for their governments ("Beijing announced new subsidies") that name no time zone.
const CAPITALS = ['Beijing', 'Washington', 'New Delhi', 'Ottawa', 'Canberra'];
// Continents and the provinces and states of Canada and Australia that news names as often as countries.
const REGIONS = [
  ...'Africa|Asia|Europe|Antarctica|Oceania|North America|South America|Latin America|Middle East|Eurasia'.split('|'),
  ...'Ontario|Quebec|Alberta|Manitoba|Saskatchewan|British Columbia|Nova Scotia|New Brunswick|Newfoundland|Yukon'.split('|'),
  ...'Queensland|New South Wales|NSW|Tasmania|Western Australia|South Australia|Northern Territory'.split('|'),
];
// The initials news writes for the countries it names most: "a UK company", "U.S. regulators".
const COUNTRY_INITIALS = ['UK', 'U.K.', 'US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'UAE'];

let places: Set<string> | undefined;

function regionNames(): string[] {
  const names: string[] = [];
  let display: Intl.DisplayNames;
  try {
    display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  } catch {
    return names;
  }
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_PLACES.has(code)) continue;
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        continue;
      }
      // "Myanmar (Burma)", "Congo - Kinshasa", "Hong Kong SAR China": the name as news writes it.
      if (name) names.push(name.replace(/ \(.*\)$| - .*$| SAR China$/, '').replace(' & ', ' and '));
    }
  }
  return names;
}

// Areas of the time zone database whose zones are named after cities ("Australia/Adelaide", "Asia/Tokyo").
const CITY_AREAS = new Set(['Africa', 'America', 'Asia', 'Atlantic', 'Australia', 'Europe', 'Indian', 'Pacific']);

// Zone names news writes far more often for a person, a feast or a company than for the place: "Darwin said", "Easter".
const NOT_CITIES = new Set(['Christmas', 'Easter', 'Stanley', 'Darwin', 'Regina', 'Dawson', 'Wallis', 'Lindeman', 'Chatham', 'Norfolk', 'Mendoza']);

/**
 * The cities that name the time zones of the runtime's time zone data ("Adelaide", "Tokyo", "Sao Paulo"), no
 * dependency: the world's largest and capital cities. Dictionary words among them ("Midway", "Resolute") and the names
 * above are left out.
 */
function zoneCities(): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
  const cities: string[] = [];
  for (const zone of zones) {
    const parts = zone.split('/');
    if (parts.length !== 2 || !CITY_AREAS.has(parts[0]!)) continue;
    const city = parts[1]!.replace(/_/g, ' ');
    if (!isDictionaryWord(city.toLowerCase()) && !NOT_CITIES.has(city)) cities.push(city);
  }
  return cities;
}

/**
 * Is this text, in any case, a country, a US state, another region news names as often ("Germany", "Ohio", "NEW YORK",
 * "Asia", "Ontario") or a city that names a time zone ("Adelaide")?
 */
export function isWellKnownPlace(text: string): boolean {
  places ??= new Set([...regionNames(), ...US_STATES, ...OTHER_NAMES, ...CAPITALS, ...REGIONS, ...COUNTRY_INITIALS, ...zoneCities()].map((name) => name.toLowerCase()));
  return places.has(text.toLowerCase());
}

const STATES = new Set(US_STATES.map((name) => name.toLowerCase()));

/** Is this text, in any case, one of the US states ("Ohio", "New York")? */
export const isUsState = (text: string) => STATES.has(text.toLowerCase());
