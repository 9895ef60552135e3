// The two sides the corpus follows and the relationship's title (data/relationship.csv), for the charts: the
// colours, symbols and names of the sides come from here, never from codes written into a component.
import { dataDir } from "../io/published.ts";
import { plainErrors } from "../io/plain-errors.ts";
import { loadRelationship } from "../io/read.ts";

plainErrors("relationship.json");

process.stdout.write(JSON.stringify(await loadRelationship(dataDir())) + "\n");
