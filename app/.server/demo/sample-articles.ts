import type { ArticleInput } from "~/domain/schemas/article";

// Invented news stories for the demo: people, places and figures are fictional. Between them they
// show direct quotes, a partial quote, a "he said" attribution and numeric claims of several kinds.
export const SAMPLE_ARTICLES: ArticleInput[] = [
  {
    title: "Harbour city council approves bridge plan amid cost dispute",
    url: null,
    outlet: "The Northern Ledger",
    byline: "Priya Castell",
    publishedOn: "2025-03-14",
    body: `PORT ALDER – The city council of Port Alder voted 7-2 on Thursday to approve a new crossing over the Vey estuary, ending a two-year dispute over how to replace the ageing Marsh Street bridge.

Mayor Helen Okafor said the project would cost about $240 million and create 1,200 construction jobs. “This bridge carries 38,000 vehicles a day, and it was built for a third of that,” Okafor told reporters after the vote. “We cannot patch it for another decade.”

Councillor Tomas Reyes, who voted against the plan, argued that the budget was “wildly optimistic” and warned that similar projects in the region had run 40 per cent over their estimates. “Every bridge in this state has cost more than promised,” he said. “Taxpayers deserve the real number before we sign.”

According to the city’s transport office, traffic on the crossing has grown by 15% since 2019. The state has pledged $90m towards the work, and officials expect construction to take three years.`,
  },
  {
    title: "Health minister defends vaccine rollout as waiting lists fall",
    url: null,
    outlet: "Daily Meridian",
    byline: "Samuel Ortega",
    publishedOn: "2025-05-02",
    body: `Health Minister Clara Whitfield said on Monday that the national vaccination campaign had reached more than 4.5 million people in its first six weeks, rejecting criticism from opposition parties that the programme was moving too slowly.

“We have vaccinated more people in six weeks than the previous government did in a year,” Whitfield said at a press conference in the capital. She added that hospital waiting lists had fallen by nearly 18 per cent since January.

Opposition health spokesman Daniel Brandt disputed the figures. “The minister is counting appointments, not injections,” Brandt said. He said that at least 300,000 people who had booked a first dose were still waiting for it, and called the government’s claims “a numbers game.”

The ministry’s own data show that 62% of adults over 70 have received a first dose. A 74-year-old retired teacher interviewed outside a clinic in Lornham said she had waited two weeks for her appointment.`,
  },
  {
    title: "Energy firm promises lower bills after record profit",
    url: null,
    outlet: "The Northern Ledger",
    byline: "Priya Castell and Jon Hale",
    publishedOn: "2025-06-20",
    body: `Brightwell Energy reported a record annual profit of £1.2bn on Thursday, and its chief executive, Marcus Lindqvist, promised customers that bills would fall this winter.

Lindqvist said the company would cut its standard tariff by up to 8 per cent from October. “Our customers have carried a heavy load, and now it is time to share the benefit,” he said in a statement.

Consumer groups were unconvinced. Asha Mensah, director of the campaign group Fair Power, said that average household bills were still 45% higher than three years ago. “A cut of a few pounds does not undo years of rises,” she said.

The company employs 6,500 people and supplies about two million homes. It said it would invest £300m in wind farms over the next five years.`,
  },
];
