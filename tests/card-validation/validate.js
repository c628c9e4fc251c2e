// Usage: node validate.js cards.json   (a JSON array of Adaptive Card payloads)
// Parses each card with Microsoft's `adaptivecards` library at the version the card declares (so an element or
// property newer than that version is an error, as the client would see it), then runs its property validation.
// Prints one line per problem and a summary; exit 0 only when every card is clean.
"use strict";
const fs = require("fs");
// The package's ESM build has extension-less imports that Node cannot resolve; its UMD bundle works in Node.
const AC = require("adaptivecards/dist/adaptivecards.js");

const file = process.argv[2];
if (!file) {
  console.error("usage: node validate.js cards.json");
  process.exit(2);
}
const cards = JSON.parse(fs.readFileSync(file, "utf8"));
const versions = { "1.0": AC.Versions.v1_0, "1.1": AC.Versions.v1_1, "1.2": AC.Versions.v1_2, "1.3": AC.Versions.v1_3,
  "1.4": AC.Versions.v1_4, "1.5": AC.Versions.v1_5, "1.6": AC.Versions.v1_6 };

let problems = 0;
cards.forEach((json, index) => {
  const report = (what) => { problems++; console.log(`card ${index} (${(json.body?.[0]?.text ?? "").slice(0, 60)}): ${what}`); };
  if (json.type !== "AdaptiveCard") return report(`type is ${json.type}, not AdaptiveCard`);
  const version = versions[json.version];
  if (!version) return report(`unknown version ${json.version}`);
  const context = new AC.SerializationContext(version);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    report(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of card.validateProperties().validationEvents) report(`${AC.ValidationEvent[e.event]}: ${e.message}`);
});
console.log(`${cards.length} cards checked, ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
