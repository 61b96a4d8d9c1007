#!/usr/bin/env bash
# Run the newsparse CLI over a folder of .txt articles (one article per file, searched
# recursively) and print each article's headline, then a count.
#
#   examples/cli-over-folder.sh [folder]        # default: the repo's fixtures/
#
# Installed from npm the command is just `newsparse`; in the repo this runs the build
# (`npm run build` first). Set NEWSPARSE to run another copy, e.g. NEWSPARSE=newsparse.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
folder="${1:-$root/fixtures}"
read -r -a newsparse <<< "${NEWSPARSE:-node $root/dist/cli.js}"

# One JSON line per article on stdout: {"id": path, "article": {...}}. No jq needed: a small
# node script reads the lines.
"${newsparse[@]}" --published-at 2017-05-14 "$folder" | node -e '
  let n = 0;
  require("node:readline").createInterface({ input: process.stdin })
    .on("line", (line) => {
      const { id, article } = JSON.parse(line);
      n++;
      const headline = article.headline ? article.headline.text : "(no headline)";
      console.log(`${id}: ${headline}`);
      console.log(`  ${article.body.paragraphs.length} paragraphs, ${article.people.length} people, ${article.quotes.length} quotes, ${article.dates.length} dates`);
    })
    .on("close", () => console.log(`${n} article(s)`));
'
