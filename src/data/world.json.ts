// The venue map's land layer: see src/io/world.ts.
import { worldLayer } from "../io/world.ts";
import { plainErrors } from "../io/plain-errors.ts";

plainErrors("world.json");

const { layer, kept, of } = await worldLayer();
process.stderr.write(`world.json: ${kept} of ${of} countries\n`);
process.stdout.write(JSON.stringify(layer));
