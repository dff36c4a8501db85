// The view as one HTML file that works offline: the data inline (as a JSON block), a small viewer inline, and a
// Content-Security-Policy that allows exactly those two pieces (by hash) and no requests of any kind.
import { escapeXml } from '../graph/svg-picture.ts';
import type { PageData } from './page-data.ts';
import { runViewer } from './viewer.ts';
import { enablePanZoom, fillLegend } from './viewer-parts.ts';

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:14px/1.4 system-ui,-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1d2633;display:grid;grid-template:auto 1fr/1fr 320px;height:100vh}
header{grid-column:1/3;display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;padding:8px 14px;border-bottom:1px solid #d5dbe3}
h1{font-size:16px;margin:0}header p{margin:0;color:#5b6675;font-size:12.5px;flex:1}
.find{position:relative}#search{font:inherit;padding:5px 8px;width:240px;border:1px solid #aab3bf;border-radius:6px}
#results{position:absolute;z-index:2;list-style:none;margin:2px 0 0;padding:0;background:#fff;border:1px solid #d5dbe3;width:100%}
#results:empty{display:none}#results button{font:inherit;display:block;width:100%;text-align:left;padding:5px 8px;border:0;background:none;cursor:pointer}
#results button:hover,#results button:focus{background:#eef3fa}
.tools button{font:inherit;min-width:30px;padding:4px 8px;border:1px solid #aab3bf;border-radius:6px;background:#fff;cursor:pointer}
main{position:relative;min-height:0}#network{width:100%;height:100%;display:block;background:#fafbfc;cursor:grab;touch-action:none}
.org{cursor:pointer}.org text{font-size:10px;fill:#1d2633;paint-order:stroke;stroke:#fafbfc;stroke-width:3px}
.org circle{stroke:#fff;stroke-width:1.5}.dim{opacity:.15}
#details{overflow:auto;padding:12px 14px;border-left:1px solid #d5dbe3}#details h2{font-size:16px;margin:0 0 4px}
.muted{color:#5b6675}.ties{list-style:none;padding:0}.ties li{border-left:2px solid #d5dbe3;padding:2px 0 2px 10px;margin:0 0 10px}
.sentence{margin:0 0 4px;font-weight:600}blockquote{margin:0 0 2px;font-style:italic}cite{display:block;font-size:12px;color:#5b6675;margin-bottom:4px}
#legend{position:absolute;left:10px;bottom:10px;background:#fff;border:1px solid #d5dbe3;border-radius:6px;padding:6px 10px;max-height:45%;overflow:auto;font-size:12px}
#legend ul{list-style:none;margin:4px 0 0;padding:0}#legend li{display:flex;gap:6px;align-items:center}
@media (max-width:760px){body{grid-template:auto 60vh auto/1fr}header{grid-column:1}#details{border-left:0;border-top:1px solid #d5dbe3}}
`;

/** JSON that cannot end its <script> block early, whatever the names say. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

export async function buildStandalonePage(data: PageData): Promise<string> {
  const script = `(${String(runViewer)})(${String(enablePanZoom)}, ${String(fillLegend)});`;
  const policy = `default-src 'none'; script-src ${await sha256(script)}; style-src ${await sha256(STYLE)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const title = escapeXml(data.title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<header><h1>${title}</h1><p>${escapeXml(data.caption)}</p>
<div class="find"><input id="search" type="search" placeholder="Search organisations" aria-label="Search organisations" autocomplete="off"><ul id="results"></ul></div>
<div class="tools"><button id="zoom-out" type="button" aria-label="Zoom out">−</button> <button id="zoom-in" type="button" aria-label="Zoom in">+</button> <button id="fit" type="button">Fit</button></div></header>
<main><svg id="network" role="img" aria-label="Network of ${data.nodes.length} organisations and ${data.links.length} ties"><g></g></svg>
<details id="legend" open><summary>Legend</summary><ul></ul></details></main>
<aside id="details"><p class="muted">Select an organisation (or search for one) to read its ties and the evidence for each.</p></aside>
<script type="application/json" id="page-data">${inlineJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
