// The two sides the corpus follows and the relationship's title (data/relationship.csv), for the charts: the
// colours, symbols and names of the sides come from here, never from codes written into a component.
import { publishLoaderOutput } from "../io/loader-outputs.ts";

await publishLoaderOutput("relationship.json");
