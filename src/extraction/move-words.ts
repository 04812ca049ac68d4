/** Words that tell a share price moved, and which way: verbs in every inflection, and the nouns of a move. */

const forms = (list: string) => list.split(/\s+/).filter((w) => w !== '');

export const UP_VERBS = new Set(
  forms(`
    rose rise rises rising risen surged surge surges surging soared soar soars soaring jumped jump jumps jumping
    gained gain gains gaining climbed climb climbs climbing rallied rally rallies rallying advanced advance advances
    advancing added spiked spikes spiking rocketed rockets rocketing leapt leaped leaps leaping popped pops rebounded
    rebounds rebound rebounding firmed skyrocketed skyrockets zoomed zooms bounced bounces ascended doubled tripled quadrupled
    rocketed
  `),
);

export const DOWN_VERBS = new Set(
  forms(`
    fell fall falls falling fallen dropped drop drops dropping slid slide slides sliding slumped slump slumps slumping
    tumbled tumble tumbles tumbling plunged plunge plunges plunging declined decline declines declining lost lose
    loses losing sank sink sinks sinking sunk eased dipped dip dips dipping retreated retreats retreating crashed
    plummeted plummets plummeting shed sheds shedding skidded skids slipped slips slip slipping sagged tanked
    tanks cratered crumbled collapsed nosedived dived dove halved
    crashes crashing tanking craters cratering nosedives sags
  `),
);

// "a 3 % drop in Acme shares", "a rally in Acme": nouns that name a move of a price.
export const UP_NOUNS = new Set(forms('rise rally rebound surge jump gain gains climb spike bounce runup run-up advance'));
export const DOWN_NOUNS = new Set(
  forms('fall drop decline slide plunge slump selloff sell-off dip tumble dive'),
);

// "was up 2 %", "shares higher": words that give the direction of a move after a verb.
export const DIRECTION_WORDS = new Map<string, 'UP' | 'DOWN'>([['up', 'UP'], ['higher', 'UP'], ['down', 'DOWN'], ['lower', 'DOWN']]);

// Verbs that speak of a price even without a figure: "Tesla plunged on Tuesday" ("revenue rose" needs one).
export const PRICE_VERBS = new Set(
  forms(`
    surged soared plunged plummeted tumbled slumped rallied skyrocketed tanked cratered nosedived crumbled
    surges soars plunges plummets tumbles slumps rallies skyrockets tanks
    crashed crashes craters nosedives
  `),
);

/**
 * Base forms that are nouns as often as verbs ("the stock market crash", "a price spike"): a move only in a title,
 * where "Shares Crash 30 %" is the verb of plural shares.
 */
export const TITLE_VERBS = new Map<string, 'UP' | 'DOWN'>([
  ...forms('leap spike pop skyrocket rocket zoom bounce').map((w): [string, 'UP' | 'DOWN'] => [w, 'UP']),
  ...forms('crash tank crater nosedive dive plummet sag skid').map((w): [string, 'UP' | 'DOWN'] => [w, 'DOWN']),
]);
