/**
 * `npm run bench -- adversarial [name part]`: each hostile page or feed of scripts/lib/attacks.ts beside an
 * honest one of the same size, through what the worker does with it (read + analyse + key, or parse).
 */
import { attacks, processFeed, processPage } from '../lib/attacks';
import { bigNewsPage } from '../lib/big-page';
import { nodeAnalyzer } from '../lib/node-assets';

export async function run(args: string[]): Promise<void> {
  const analyzer = await nodeAnalyzer();
  processPage(analyzer, bigNewsPage(20_000)); // warm up
  for (const attack of attacks()) {
    if (args[0] && !attack.name.includes(args[0])) continue;
    const time = (input: string) => {
      const t0 = performance.now();
      if (attack.kind === 'page') processPage(analyzer, input);
      else processFeed(input);
      return performance.now() - t0;
    };
    const hostile = attack.hostile();
    const normal = attack.normal();
    const tHostile = time(hostile);
    const scale = attack.normalScale ?? 1;
    const tNormal = time(normal) * scale;
    console.log(
      `${attack.name}: hostile ${(hostile.length / 1e6).toFixed(2)} MB ${tHostile.toFixed(0)} ms; ` +
        `honest ${((normal.length * scale) / 1e6).toFixed(2)} MB ${tNormal.toFixed(0)} ms${scale > 1 ? ` (timed at 1/${scale} of the size, scaled)` : ''}; ratio ${(tHostile / tNormal).toFixed(2)}`,
    );
  }
}
