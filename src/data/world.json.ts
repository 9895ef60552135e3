// The venue map's land layer: see src/pipeline/world.ts.
import { worldLayer } from "../pipeline/world.ts";
import { plainErrors } from "../pipeline/plain-errors.ts";

plainErrors("world.json");

const { layer, kept, of } = await worldLayer();
process.stderr.write(`world.json: ${kept} of ${of} countries\n`);
process.stdout.write(JSON.stringify(layer));
