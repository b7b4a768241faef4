/**
 * 'told the Globe' on the California Globe's own page is the California Globe, not a namesake paper the KB
 * holds as "The Globe": a name that is the end of the publisher's name ('Globe', 'Times', 'Post', 'Journal')
 * means the publisher.
 */

const ARTICLE = /^the\s+/i;

/** Words that end a masthead and stand for the paper on their own; 'Austin' of 'KXAN Austin' is the city. */
const MASTHEAD =
  /^(?:globe|times|post|journal|herald|tribune|telegraph|guardian|independent|observer|star|sun|mail|express|chronicle|gazette|examiner|inquirer|register|record|standard|mirror|bee|dispatch|courier|sentinel|monitor|enquirer|leader|bulletin|citizen|advocate|argus|clarion|ledger|beacon|banner|democrat|republican|statesman|mercury|dealer|press|news)$/i;

function words(name: string): string[] {
  return name.replace(ARTICLE, '').split(/\s+/).filter(Boolean);
}

/**
 * Whether every one of `names` is the publisher's name less its first words and ends in a masthead word
 * ('Globe' of 'California Globe', 'the Times' of 'The New York Times'); the whole name is not a short form.
 */
export function isPublisherShortName(names: readonly string[], publisher: string | undefined): boolean {
  if (!publisher || !names.length) return false;
  const full = words(publisher);
  if (full.length < 2) return false;
  return names.every((name) => {
    const short = words(name);
    if (!short.length || short.length >= full.length || !MASTHEAD.test(short[short.length - 1])) return false;
    const tail = full.slice(full.length - short.length);
    return tail.every((w, i) => w.toLowerCase() === short[i].toLowerCase());
  });
}
