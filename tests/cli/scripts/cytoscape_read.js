// Reads a geokg Cytoscape.js export with the cytoscape package, headless, and prints what the
// library holds: {"length": cy.elements().length, "nodes": [data...], "edges": [data...]}.
// Cytoscape.js drops an edge whose end is missing, and a later element whose id repeats an
// earlier one, with only a console warning; such losses show as counts below the export's.
//   node cytoscape_read.js EXPORT.json
'use strict';
const fs = require('fs');
const cytoscape = require('cytoscape');

const json = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const warnings = [];
console.warn = (...args) => warnings.push(args.join(' '));
console.error = (...args) => warnings.push(args.join(' '));
const cy = cytoscape({headless: true, styleEnabled: false, elements: json.elements});
process.stdout.write(JSON.stringify({
  length: cy.elements().length,
  nodes: cy.nodes().map((n) => n.data()),
  edges: cy.edges().map((e) => e.data()),
  warnings: warnings,
}));
