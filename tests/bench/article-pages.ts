/**
 * Pages the first-run benchmark reads, written for this project:
 * - a real-sized news article about children's social care (40 paragraphs under a headline, standfirst and
 *   subheads, with the chrome of a news site around it: navigation, a "most read" rail about other things, a
 *   footer), with the mention density of the real articles in ../shared/seeds;
 * - a long page that mentions nothing the dataset holds (a regional news round-up), for the cost of reading a page
 *   the extension has nothing to do on.
 * Both carry the benchmark's page-side probes (content-bench-page.ts).
 */
import { BENCH_PROBES } from './content-bench-page';

const ARTICLE_PARAGRAPHS = [
  'Councils in the north west say they are still waiting for the money they were promised to rebuild support for families, four years after the Independent Review of Children’s Social Care reported.',
  'The review, led by Josh MacAlister, called for a single Family Help service to replace the patchwork of targeted early help and child in need teams that families are passed between.',
  'Directors of children’s services told this newspaper that the first wave of funding reached only a handful of areas, and that most councils have had to fund the change from existing budgets.',
  'One director, who asked not to be named, said her authority had moved social workers into family hubs but could not afford the extra staff the model assumes.',
  'The Department for Education says every council is now part of the Families First Partnership programme and that the money will rise each year until 2028.',
  'Campaigners say the real test is whether families notice any difference at the front door.',
  'A mother of three in Bolton described being assessed four times in a year by different teams before anyone offered practical help with housing and debt.',
  'Under the new arrangements, she said, one worker now visits every fortnight and has stayed with the family through a court hearing.',
  'Social workers interviewed for this article were broadly supportive of the direction, but many said caseloads remain too high for the relationship-based work the reforms describe.',
  'The review estimated that putting its proposals into practice would cost about £2.6bn over five years.',
  'The government’s response, Stable Homes, Built on Love, committed a smaller sum and spread it over a longer period.',
  'Ministers have since argued that the Children’s Wellbeing and Schools Act gives councils the legal tools they need, whatever the pace of funding.',
  'Among those tools are new duties on safeguarding partners and the creation of multi-agency child protection teams in every area.',
  'Police and health leaders in the region said the joint teams had improved how quickly information reaches the right people, though recruitment of experienced staff is slow.',
  'Kinship carers have watched the changes closely.',
  'Grandparents raising grandchildren have long argued that they save the state money and deserve the same support as foster carers.',
  'The kinship allowance now being paid in seven areas is the first national payment of its kind in England.',
  'Carers outside those areas say the postcode lottery has simply moved, and charities want a date for the allowance to reach everyone.',
  'A grandmother in Wigan, who took on her two grandsons after their mother became ill, said the weekly payment would cover school uniforms and the bus fares she has been borrowing for.',
  'She also wants paid kinship leave, so that working relatives do not have to choose between their job and a child who has just arrived.',
  'Foster carers report a mixed picture.',
  'Regional Care Co-operatives, which the review proposed to plan and buy placements across several councils, are being tested in two pathfinder areas.',
  'Providers say they welcome larger contracts but fear the new bodies will squeeze fees further.',
  'Independent fostering agencies point out that the national drive to recruit more foster carers has yet to reverse a decade of decline.',
  'Children’s homes remain the most contested part of the system.',
  'The review wanted a windfall tax on the largest providers; the current government has instead taken powers to cap profits, which it has not yet used.',
  'Council leaders say they would rather see the money spent on opening homes in their own areas, so that children are not sent hundreds of miles away.',
  'Young people leaving care were clear about what mattered to them.',
  'Several told us that the promise of staying close support had not reached them, and that the support they did receive ended abruptly at 21.',
  'Care leavers’ charities want corporate parenting duties to reach colleges and employers as well as councils, as the new Act provides.',
  'A 19-year-old in Salford said her personal adviser had changed five times, and that each new person asked her to tell her story again.',
  'Virtual school heads say the extension of their role to children with a social worker has stretched small teams.',
  'They want the pupil premium plus to follow every child in care, including those placed out of area.',
  'Head teachers said they value the advice but want it faster.',
  'The workforce remains the biggest worry.',
  'Councils spend hundreds of millions of pounds a year on agency social workers, and national rules limiting their pay rates have had an uneven effect.',
  'Some managers said the rules helped stop staff being poached; others said experienced workers simply left the profession.',
  'The new early career framework for children’s social workers is due to start next year.',
  'Unions say it must come with protected caseloads if it is to keep newly qualified staff.',
  'The Department for Education said it would publish a progress report in the spring.',
];

/** Where a subhead goes: before the paragraph with this index. */
const SUBHEADS: Record<number, string> = {
  14: 'Relatives raising children',
  20: 'Fostering and children’s homes',
  27: 'Leaving care',
  34: 'The workforce',
};

const MOST_READ = [
  'Storm brings flooding to coastal towns as rail services are cancelled',
  'Airport opens a family help desk for parents travelling this half term',
  'Shares in retailer fall after its corporate parent warns on profits',
  'Local football club appoints new manager after poor start to season',
  'Council tax rise of five per cent approved for next year',
];

export function articlePageHtml(): string {
  const body = ARTICLE_PARAGRAPHS.map((text, i) => `${SUBHEADS[i] ? `<h2>${SUBHEADS[i]}</h2>` : ''}<p>${text}</p>`);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Councils still waiting for family help money four years after care review</title>
<style>
body { font: 17px/1.5 Georgia, serif; margin: 0; }
header, footer { background: #f2f2f2; padding: 0.5rem 2rem; }
.page { display: grid; grid-template-columns: minmax(0, 42rem) 16rem; gap: 2rem; padding: 1rem 2rem; }
aside { font-size: 0.9rem; }
</style>
${BENCH_PROBES}
</head>
<body>
<header><nav><a href="#news">News</a> · <a href="#politics">Politics</a> · <a href="#society">Society</a> · <a href="#sport">Sport</a></nav></header>
<div class="page">
<main><article>
<h1>Councils still waiting for family help money four years after care review</h1>
<p class="standfirst">Directors say the reforms are right but the funding has reached only a few areas.</p>
<p class="byline">By our social affairs correspondent</p>
${body.join('\n')}
</article></main>
<aside><h2>Most read</h2><ol>${MOST_READ.map((line) => `<li><a href="#">${line}</a></li>`).join('')}</ol></aside>
</div>
<footer><p>© A regional newspaper. All rights reserved.</p></footer>
</body>
</html>`;
}

const ROUND_UP = [
  'Roadworks on the ring road will close two lanes overnight from Monday, the highways team said.',
  'The town’s rugby club won its third match in a row with a late try in heavy rain.',
  'A new bakery has opened on the high street, taking over the unit left empty since the spring.',
  'Forecasters expect a dry weekend with light winds and sunny spells in the afternoon.',
  'The library will extend its opening hours on Thursdays after a petition gathered eight hundred names.',
  'Bus fares on the coastal route will rise by ten pence in the new year, the operator confirmed.',
  'Volunteers planted two hundred trees along the river path as part of a woodland project.',
  'The annual food festival returns to the market square with more than forty stalls.',
];

/** `paragraphs` paragraphs of local news with nothing the dataset holds. */
export function noMentionPageHtml(paragraphs: number): string {
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i += 1) body.push(`<p>${ROUND_UP[i % ROUND_UP.length]}</p>`);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Around the region: news in brief (${paragraphs} paragraphs)</title>
<style>body { font: 16px/1.45 Georgia, serif; max-width: 44rem; margin: 2rem auto; }</style>
${BENCH_PROBES}
</head>
<body>
<header><nav><a href="#top">News</a> · <a href="#local">Local</a></nav></header>
<main><article>
<h1>Around the region</h1>
${body.join('\n')}
</article></main>
</body>
</html>`;
}
