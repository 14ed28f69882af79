import type { ResidentLanguage, UiLanguage } from "./languages";
import { ar } from "./messages/resident/ar";
import { bg } from "./messages/resident/bg";
import { cs } from "./messages/resident/cs";
import { da } from "./messages/resident/da";
import { el } from "./messages/resident/el";
import { et } from "./messages/resident/et";
import { fr } from "./messages/resident/fr";
import { ga } from "./messages/resident/ga";
import { hr } from "./messages/resident/hr";
import { hu } from "./messages/resident/hu";
import { lt } from "./messages/resident/lt";
import { mt } from "./messages/resident/mt";
import { nl } from "./messages/resident/nl";
import { pl } from "./messages/resident/pl";
import { pt } from "./messages/resident/pt";
import { ro } from "./messages/resident/ro";
import { sk } from "./messages/resident/sk";
import { sl } from "./messages/resident/sl";
import { tr } from "./messages/resident/tr";
import { uk } from "./messages/resident/uk";
import type { ResidentMessages } from "./resident-pages";

/**
 * Residents' pages in the languages the workspace does not speak: only the texts those pages use
 * (the workspace languages' come from their whole dictionaries). Server only, like the others.
 */
export const residentOnlyDictionaries: Record<Exclude<ResidentLanguage, UiLanguage>, ResidentMessages> = {
  bg, cs, da, el, et, fr, ga, hr, hu, lt, mt, nl, pl, pt, ro, sk, sl, uk, ar, tr,
};
