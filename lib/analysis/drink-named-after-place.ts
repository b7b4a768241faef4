/**
 * Wines, spirits and cheeses named after the place they come from ('a glass of Champagne', 'the Shiraz',
 * 'Bordeaux and Burgundy on the list', 'aged Gouda'): in a text about food and drink the word names the
 * thing, not the town or region, and the place's card would answer a question nobody asked. 'We drove to
 * Bordeaux' stays the city: a word of place or travel before the name makes it the place. A dish named after
 * a place ('Brussels sprouts', 'Dijon mustard', 'Buffalo wings') is the dish wherever it stands.
 */

/** Place names that are also the name of a wine, a grape, a spirit or a cheese. */
const NAMED_AFTER_A_PLACE = new Set(
  (
    'Champagne Bordeaux Burgundy Shiraz Rioja Chianti Cognac Armagnac Madeira Marsala Tokaji Beaujolais ' +
    'Chablis Sancerre Barolo Prosecco Porto Sherry Jerez Tequila Bourbon Calvados Gouda Edam Cheddar ' +
    'Roquefort Camembert Brie Parmesan Emmental Gruyère Gruyere Stilton Mosel Franken Douro Tokay'
  ).split(' '),
);

/** Words that make a text one about food and drink. */
const FOOD_AND_DRINK =
  /\b(?:wines?|grapes?|vintages?|vineyards?|winer(?:y|ies)|bottles?|tasting|tannins?|varietals?|blends?|sommeliers?|cheeses?|spirits|brandy|whisk(?:e)?y|cellars?|aromas?|palate)\b/gi;

/** Words before a name that make it the place: travel, position, address. */
const PLACE_WORDS_BEFORE =
  /\b(?:in|to|from|near|at|around|outside|visit(?:ed|ing)?|via|toward|towards|across|through)[ \t]+(?:the[ \t]+)?$/i;

/** `name` is a place's name that is also a wine's, a spirit's or a cheese's ('Champagne', 'Gouda'). */
export function isNamedAfterAPlace(name: string): boolean {
  return NAMED_AFTER_A_PLACE.has(name);
}

/** Words after a name that say it is a place: 'Bordeaux, a port city', 'Bordeaux is the largest city of …'. */
const PLACE_WORDS_AFTER =
  /^(?:,[ \t]+(?:a|an|the)|[ \t]+(?:is|was)[ \t]+(?:a|an|the))[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:city|town|village|region|port|capital|province|department)\b/u;

/** A text that names food and drink at least twice ('the wine', 'a vintage'): counted once per text. */
export function isFoodAndDrinkText(text: string): boolean {
  const hits = text.match(FOOD_AND_DRINK);
  return (hits?.length ?? 0) >= 2;
}

/**
 * The mention (start..end) is a wine, spirit or cheese named after a place, in a text about food and drink,
 * and no word of place or travel stands before it, nor words that call it a place after it ('the Shiraz',
 * 'Shiraz, Mourvèdre, Viognier'; not 'Bordeaux is the largest city of the region').
 */
export function isDrinkNamedAfterPlace(text: string, start: number, end: number, foodText: boolean): boolean {
  if (!foodText || !isNamedAfterAPlace(text.slice(start, end))) return false;
  return (
    !PLACE_WORDS_BEFORE.test(text.slice(Math.max(0, start - 24), start)) &&
    !PLACE_WORDS_AFTER.test(text.slice(end, end + 60))
  );
}

/** Food a place's name makes a dish of when it comes right after it: 'Brussels sprouts', 'Parma ham'. */
const DISH_AFTER_PLACE =
  /^[ \t]+(?:sprouts|chard|fries|mustard|ham|wings|pastry|pastries|sausages?|salami|cream[ \t]+pie|rarebit|pasty|pasties|buns?|toast|omelettes?|dressing|duck|cheesesteaks?|bagels?|cheesecake)\b/u;

/** The mention ending at `end` names a dish after a place: 'Brussels sprouts', 'Dijon mustard'. */
export function isDishNamedAfterPlace(text: string, end: number): boolean {
  return DISH_AFTER_PLACE.test(text.slice(end, end + 24));
}
