// One article's page view (src/pipeline/article-view.ts): its metadata and the sentences rows were
// extracted from, the rest elided. Framework runs this once per /articles/<id> page with `--id <id>`.
import { loaderArgument, publishLoaderOutput } from "../../io/loader-outputs.ts";

const id = loaderArgument("articles/[id].json", "id", /^[a-z0-9][a-z0-9-]*$/);
await publishLoaderOutput(`articles/${id}.json`);
