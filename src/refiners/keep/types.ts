// The shape of a keep rule: a refiner that looks at one draft (an event being assembled) and says why it is no
// event, or null. Each rule's reason starts with its id ("party:no-state-party"), so `--explain` names it.
import type { Draft } from '../merge.js';

/** What a keep rule may read besides the draft: the document's text (for the words around a draft's sentences), and
 *  the reference (publication) date when the input or --date gives one, YYYY-MM-DD. */
export interface KeepContext {
  text: string;
  referenceDate?: string;
}

export interface KeepRule {
  /** the rule's id: the reason it gives starts with it */
  id: string;
  /** why the draft is no event, or null when this rule has nothing against it */
  drop(d: Draft, ctx: KeepContext): string | null;
}
