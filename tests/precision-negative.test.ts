// Everyday news that holds no conflict event (issue 9): sport, business and markets, courts and charges, accidents,
// disasters and disease, fiction and games, metaphor, protests about violence, commitments, and meetings or
// agreements between companies, teams or unions. Every text must yield no event at all, so no killed count either.
// Written for this project; each family has its own table so a failure names the family and the words.
import { eventsOf } from './helpers/extract.js';
import type { Event } from '../src/schema/event.js';

/** An event as one line, so a failing row shows what came out and which rule made it. */
const described = (e: Event) => `${e.type}/${e.subtype}${e.killed ? ` killed=${e.killed.low}` : ''} [${e.rule}]`;

/** Words of attack used of play: clash, attack, shot, fired, beat, killer, massacre; meetings and signings of teams. */
const SPORT: string[] = [
  'Gremio clashed with Internacional in a bad-tempered derby that finished 2-2 on Sunday.',
  'The Wildcats attacked from the opening whistle and struck twice before half-time.',
  'Brazil and Argentina clash in Buenos Aires on Tuesday in a World Cup qualifier.',
  'The rookie shot a five-under 66 and leads by a stroke going into the last round at Augusta.',
  'Lindqvist fired a 30-yard free kick into the top corner to seal a 3-0 win over Malmo.',
  'The Panthers pounded the Ravens 41-3, their heaviest defeat of the season.',
  'Coach Ferreira called the 7-0 thrashing a massacre and apologised to the travelling fans.',
  'The Kenyan pair killed off the race with a burst in the last five kilometres.',
  'The Eagles defence has been a killer all season, allowing just nine touchdowns.',
  'Rovers signed the Ghanaian striker on a three-year deal worth 4 million euros.',
  'Hartmann clinched her third world title with a flawless final run in Oberstdorf.',
  'The two captains met at midfield for the coin toss before the cup final.',
  'Leeds visit Cardiff on Saturday hoping to end a run of four straight defeats.',
  'In the air pistol final the Korean fired at the target with calm precision and took the gold medal.',
  'A tense battle between the two title rivals ended goalless at the Westfalenstadion.',
  'Germany and Italy fought out a 1-1 draw in a friendly in Dortmund, their first meeting since the European final.',
];

/** Attack words used of firms and prices, and talks, bids and deals between companies. */
const BUSINESS: string[] = [
  'Norvik Energy launched a hostile bid for its smaller rival, setting off a takeover battle.',
  'Supermarket chains are locked in a price war that has hit margins across the sector.',
  'Analysts said the new tariffs were an attack on the carmaker\'s margins.',
  'The bank struck a deal to buy a regional lender for 2.3 billion dollars.',
  'Copper prices exploded to a record high as traders feared supply cuts from Chile.',
  'Retailers fought for customers with deep discounts ahead of the holiday season.',
  'The airline\'s board rejected the offer, calling it an assault on shareholder value.',
  'The chip maker fired 1,200 workers at its plant in Penang on Monday.',
  'The two mobile carriers clashed over spectrum fees at a parliamentary hearing.',
  'Mining stocks were hammered as nickel slumped for a third straight session.',
  'Shares in Belcastro Foods were shot down after the company cut its profit forecast.',
  'The tech group met market expectations with quarterly revenue of 8.1 billion dollars.',
];

/** A charge, a trial or a sentence is not an attack; neither is an ordinary crime told by the police. */
const COURTS: string[] = [
  'The former coach was charged with sexual assault and will appear in court next month.',
  'A jury in Denver began hearing evidence in the rape trial of the actor on Monday.',
  'The judge sentenced the man to 12 years for the murder of his neighbour in 2019.',
  'Prosecutors accuse the banker of assault after a brawl outside a nightclub in Soho.',
  'The constitutional court struck down the state law on Tuesday.',
  'The singer pleaded not guilty to charges that he attacked a photographer outside a hotel.',
  'Police arrested a teenager suspected of stabbing a shopkeeper during a robbery in Leicester.',
  'The appeals court agreed to review the copyright ruling against the streaming firm.',
  'A man was convicted of kidnapping his former partner and holding her for two days.',
  'The trial of two prison guards accused of beating an inmate opened in Lyon.',
  'Detectives are investigating the murder of a taxi driver found dead in his car in Leeds.',
  'The footballer is under police investigation over an alleged sexual assault at a party.',
];

/** Deaths from a crash, a blast at work, a storm, a quake, a flood or an illness are not conflict casualties. */
const ACCIDENTS_DISASTERS_DISEASE: string[] = [
  'A bus plunged into a ravine in the Andes on Sunday, killing 31 passengers.',
  'An explosion at a fertiliser plant in Hubei killed nine workers and injured 40.',
  'A boiler blew up at a paper mill in Ontario, killing two employees.',
  'Cyclone Mira struck the coast overnight, leaving at least 60 people dead.',
  'Floods in the northern provinces have killed 212 people since June.',
  'A 6.8-magnitude earthquake struck the island, killing 14 people and destroying 300 homes.',
  'The cholera outbreak has killed 85 people in three districts, health officials said.',
  'A fire swept through a nightclub in Porto, killing 23 people.',
  'Two trains collided near Ghent, killing five people and injuring 60.',
  'A methane blast trapped 30 miners underground in Silesia; eleven are confirmed dead.',
  'The ferry capsized in a storm off Sulawesi and 47 bodies have been recovered.',
  'The blues singer died of a heart attack at his home in Memphis, aged 61.',
  'Lightning struck a football pitch in the Volta region, killing two players.',
  'A gas explosion destroyed an apartment block in Brno, killing four residents.',
];

/** Violence inside a game, a film, a novel or a series is told, not done. */
const FICTION_GAMES_FILMS: string[] = [
  'In the game, players lead a squad of marines who storm an enemy base and kill dozens of guards.',
  'The film opens with a car bomb in a crowded street and follows the agent who hunts the bombers.',
  'Her new thriller is about a sniper who assassinates a senator during a parade.',
  'The sequel lets gamers fly fighter jets and launch air strikes on a fictional island.',
  'In the final episode, the rebels ambush the royal convoy and kidnap the young prince.',
  'Reviewers praised the war movie for its opening battle, in which 400 soldiers are killed.',
  'The novel imagines a world in which two superpowers sign a peace treaty on the moon.',
  'In this strategy game you are attacked by four rival tribes before you can build a wall.',
  'In the cartoon the villain blows up the bridge while the hero escapes on a raft.',
  'The play restages the 1916 rising, with actors firing blanks across the stage every night.',
  'Players of the online shooter can now team up to raid enemy bunkers in the new update.',
];

/** Attack, fire, blast, clash and war said of words, plans, markets and computers. */
const METAPHOR: string[] = [
  'Opposition leaders attacked the budget plan as reckless.',
  'The minister faced a barrage of criticism over the hospital closures.',
  'Critics blasted the report as a whitewash.',
  'The senator fired a broadside at the central bank over interest rates.',
  'Environmental groups launched an assault on the proposed motorway.',
  'The scandal killed the prime minister\'s hopes of a second term.',
  'The campaign was rocked by a bombshell when its chief strategist quit.',
  'The two parties clashed over pension reform in a heated debate.',
  'Hackers attacked the retailer\'s website, knocking it offline for six hours.',
  'A computer virus struck thousands of office networks across Europe overnight.',
  'The new phone is a direct shot at the market leader.',
  'Her speech amounted to a declaration of war on red tape.',
];

/** A vigil, a march or a strike about killings: the killings are its topic, not a new event. */
const PROTESTS_ABOUT_VIOLENCE: string[] = [
  'Thousands held a candlelight vigil in Valletta for the victims of last week\'s bombing.',
  'Students marched through Lahore to protest the killing of a teacher.',
  'Hundreds of women rallied in Nairobi against sexual violence on Saturday.',
  'Mourners gathered outside the mosque to remember the 51 worshippers killed in the attack.',
  'Residents staged a sit-in to demand justice for the three farmers shot dead last month.',
  'Church leaders condemned the massacre and called for a day of prayer.',
  'Shopkeepers closed their stores for a day to protest the bomb attack on the market.',
  'Relatives of the victims marched to parliament on the anniversary of the massacre.',
  'Demonstrators in Lima denounced the police shooting of a student at a roadblock.',
  'An anti-terror rally drew 50,000 people to the main square after the school siege.',
  'Veterans laid wreaths at the memorial to the soldiers killed in the 1982 war.',
];

/** What a firm, a club or a person will do, plans or hopes to do: no agreement between parties. */
const COMMITMENTS: string[] = [
  'The telecom group will build a fibre network covering 60 percent of homes.',
  'The company will pay a special dividend of 50 cents a share in March.',
  'The carmaker plans to launch three electric models next year.',
  'The club will offer the striker a new contract in the summer.',
  'The retailer said it would cut 800 jobs and close 40 stores.',
  'The chip maker has pledged to invest 2 billion dollars in a plant in Arizona.',
  'The airline is ready to buy 30 new jets if the merger goes ahead.',
  'The software firm promised to release a security fix within a week.',
  'The coach said he would give the young goalkeeper a chance in the cup.',
  'The bank offered to help customers hit by the outage.',
  'The ministry plans to open 40 new schools in rural districts.',
  'The mayor hopes to build a new tram line by 2030.',
];

/** Talks, meetings and agreements whose parties are companies, teams, unions, shareholders or regulators. */
const COMPANY_TEAM_MEETINGS_AND_AGREEMENTS: string[] = [
  'The two banks are in talks about a possible merger, according to two people briefed on them.',
  'Shareholders will vote on the takeover at the annual meeting in Zurich on May 3.',
  'The union and the steelmaker reached an agreement on pay after three days of negotiations.',
  'The club\'s board met on Monday to discuss the sale of the stadium.',
  'The carmaker signed a deal with a battery supplier to build a plant in Hungary.',
  'Arsenal and Chelsea agreed a fee for the midfielder late on Friday.',
  'The pilots\' union accepted the airline\'s offer after a summit with management.',
  'The drugmaker agreed to pay 600 million dollars to settle the claims with the regulator.',
  'The league and the players\' association signed a new collective agreement.',
  'The chief executive will meet investors in New York next week to explain the results.',
  'The two chip makers held talks on a joint venture in Taiwan.',
  'The streaming service struck a licensing accord with three record labels.',
];

const FAMILIES: [family: string, texts: string[]][] = [
  ['sport', SPORT],
  ['business and markets', BUSINESS],
  ['courts and charges', COURTS],
  ['accidents, disasters and disease', ACCIDENTS_DISASTERS_DISEASE],
  ['fiction, games and films', FICTION_GAMES_FILMS],
  ['metaphor', METAPHOR],
  ['protests about violence', PROTESTS_ABOUT_VIOLENCE],
  ['commitments', COMMITMENTS],
  ['company and team meetings and agreements', COMPANY_TEAM_MEETINGS_AND_AGREEMENTS],
];

describe.each(FAMILIES)('%s: no event', (_family, texts) => {
  test.each(texts)('%s', (text) => {
    expect(eventsOf(text).map(described)).toEqual([]);
  });
});

test('each family has at least ten texts', () => {
  for (const [family, texts] of FAMILIES) expect([family, texts.length >= 10]).toEqual([family, true]);
});
