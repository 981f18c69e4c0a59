import { safeColour } from './escape'
import type { SiteColours } from './settings'

/**
 * The page's one stylesheet: a calm newspaper layout. Desktop (≥1024px) puts the «সর্বশেষ» rail beside the story,
 * tablet and mobile stack it below; print drops the rail and the follow line. Copy is set in Noto Serif Bengali,
 * labels and meta in Noto Sans Bengali (the @font-face rules come from the caller).
 */
export function pageCss(colours: SiteColours): string {
  const accent = safeColour(colours.accent, '#b5121b')
  const text = safeColour(colours.text, '#1d1d1f')
  const background = safeColour(colours.background, '#ffffff')
  return `:root{--accent:${accent};--text:${text};--bg:${background};--muted:#5c5c5c;--rule:#dedede;--tint:#f4f4f2;--serif:'Noto Serif Bengali','Noto Serif',serif;--sans:'Noto Sans Bengali','Noto Sans',sans-serif}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font-family:var(--serif);font-size:19px;line-height:1.8}
a{color:var(--accent)}
a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.wrap{max-width:1200px;margin:0 auto;padding:0 24px}
.draft-mark{margin:0;padding:10px 16px;background:repeating-linear-gradient(-45deg,#fff4d6,#fff4d6 12px,#ffe9ad 12px,#ffe9ad 24px);border-bottom:2px solid #b7791f;color:#7a4a00;font:700 18px/1.4 'Noto Sans Bengali',sans-serif;text-align:center;letter-spacing:.02em}
.masthead{border-bottom:3px solid var(--accent)}
.masthead .wrap{display:flex;flex-wrap:wrap;align-items:flex-end;justify-content:space-between;gap:4px 24px;padding-top:20px;padding-bottom:14px}
.site-name{margin:0;font-size:40px;font-weight:700;line-height:1.15;letter-spacing:-.01em}
.site-name a{color:inherit;text-decoration:none}
.site-name img{display:block;height:56px;width:auto}
.today{margin:0;font-family:var(--sans);font-size:14px;color:var(--muted)}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:56px;padding-top:32px;padding-bottom:56px}
.layout.single{grid-template-columns:minmax(0,1fr)}
.story{max-width:760px;min-width:0}
.layout.single .story{margin:0 auto}
.section{margin:0 0 10px;font-family:var(--sans);font-size:15px;font-weight:600;color:var(--accent)}
h1{margin:0 0 14px;font-size:40px;line-height:1.35;font-weight:700;overflow-wrap:anywhere}
.subheadline{margin:0 0 22px;font-size:21px;line-height:1.65;color:#3b3b3b;overflow-wrap:anywhere}
.meta{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px 24px;margin:0 0 26px;padding:12px 0;border-top:1px solid var(--rule);border-bottom:1px solid var(--rule);font-family:var(--sans);font-size:14px;line-height:1.6;color:var(--muted)}
.byline{margin:0;font-size:16px;font-weight:600;color:var(--text)}
.dateline{font-weight:400;color:var(--muted)}
.times{margin:0}
.times time{display:block}
.edition{margin:0;padding:1px 10px;border:1px solid var(--rule);border-radius:3px;white-space:nowrap}
figure{margin:0 0 26px}
figure img{display:block;width:100%;height:auto;background:var(--tint)}
figcaption{margin-top:8px;font-family:var(--sans);font-size:14px;line-height:1.6;color:#444}
.credit{display:inline-block;margin-left:.25em;font-size:13px;color:#7a7a7a}
.story-body{overflow-wrap:break-word}
.story-body p{margin:0 0 1.15em}
.story-body h2{margin:1.6em 0 .6em;font-size:25px;line-height:1.45}
.story-body h3{margin:1.4em 0 .5em;font-size:21px;line-height:1.5}
.story-body blockquote{margin:1.6em 0;padding:2px 0 2px 22px;border-left:4px solid var(--accent);font-size:20px;color:#333}
.story-body blockquote p:last-child{margin-bottom:0}
.story-body ul,.story-body ol{margin:0 0 1.15em;padding-left:1.7em}
.story-body ol{list-style-type:bengali}
.story-body li{margin-bottom:.35em}
.story-body li p{margin:.35em 0}
.story-body a{text-decoration-thickness:1px;text-underline-offset:3px}
.story-body .photo{margin:1.6em 0}
/* Small graphics keep their own size instead of being blown up to the column. */
.story-body .photo img{width:auto;max-width:100%;margin:0 auto}
/* A table scrolls sideways inside its figure on a narrow screen; the page itself never gets wider. */
.story-body .table{margin:1.6em 0;overflow-x:auto;overscroll-behavior-x:contain}
/* Shadows at an edge with more table beyond it (covered by the page colour once scrolled to that end). */
.story-body .table{background:linear-gradient(to right,var(--bg) 30%,transparent) left/32px 100% no-repeat local,linear-gradient(to left,var(--bg) 30%,transparent) right/32px 100% no-repeat local,radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.2),transparent) left/12px 100% no-repeat scroll,radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.2),transparent) right/12px 100% no-repeat scroll}
.story-body .table:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.story-body table{width:100%;border-collapse:collapse;font-family:var(--sans);font-size:16px;line-height:1.55;font-variant-numeric:tabular-nums}
.story-body th,.story-body td{min-width:5.5em;padding:8px 12px;border-bottom:1px solid var(--rule);text-align:start;vertical-align:top;overflow-wrap:normal}
.story-body thead th{border-bottom:2px solid var(--text);vertical-align:bottom}
.story-body tbody th{font-weight:600}
.story-body th p,.story-body td p{margin:0 0 .4em}
.story-body th p:last-child,.story-body td p:last-child{margin-bottom:0}
.tags{display:flex;flex-wrap:wrap;gap:8px;margin:34px 0 0;padding:18px 0 0;border-top:1px solid var(--rule);list-style:none;font-family:var(--sans);font-size:14px;line-height:1.5}
.tags li{padding:4px 12px;background:var(--tint);border-radius:999px}
.corrections{margin:30px 0 0;padding:12px 16px;background:var(--tint);border-left:4px solid var(--muted);font-family:var(--sans);font-size:15px;line-height:1.65}
.correction{margin:0}
.correction+.correction{margin-top:8px}
.correction time{color:var(--muted);font-size:13px;white-space:nowrap}
.follow{margin:26px 0 0;padding:12px 16px;border:1px solid var(--rule);border-left:4px solid var(--accent);font-family:var(--sans);font-size:15px;line-height:1.6}
.follow a{font-weight:600;text-underline-offset:3px}
.rail{align-self:start;position:sticky;top:16px;font-family:var(--sans)}
.rail h2{margin:0;padding-bottom:8px;border-bottom:3px solid var(--accent);font-size:20px;line-height:1.4}
.rail ol{margin:0;padding:0;list-style:none}
.rail li{display:flex;gap:12px;padding:12px 0;border-bottom:1px solid var(--rule);font-size:16px;line-height:1.55}
.rail .num{flex:none;min-width:1.4em;font-family:var(--serif);font-size:24px;font-weight:700;line-height:1.2;color:var(--accent)}
.rail a{color:inherit;text-decoration:none}
.rail a:hover,.rail a:focus-visible{color:var(--accent);text-decoration:underline}
.site-foot{border-top:1px solid var(--rule)}
.site-foot p{margin:0;padding:16px 0;font-family:var(--sans);font-size:13px;color:var(--muted)}
@media (max-width:1023px){
.layout{grid-template-columns:minmax(0,1fr);gap:40px;padding-top:24px}
.story{max-width:none}
.rail{position:static;max-width:760px}
h1{font-size:34px}
}
@media (max-width:640px){
body{font-size:17px;line-height:1.75}
.wrap{padding:0 16px}
.masthead .wrap{padding-top:14px;padding-bottom:10px}
.site-name{font-size:30px}
.site-name img{height:40px}
.today{font-size:13px}
.layout{padding-top:18px;gap:32px}
h1{font-size:27px;line-height:1.4}
.subheadline{font-size:18px}
.meta{flex-direction:column;align-items:flex-start}
figure{margin-left:-16px;margin-right:-16px}
.story-body .photo{margin-left:-16px;margin-right:-16px}
.story-body .photo img{width:100%}
.story-body .table{margin-left:-16px;margin-right:-16px;padding:0 16px}
.story-body table{font-size:15px}
.story-body th,.story-body td{padding:6px 10px}
figcaption{padding:0 16px}
.story-body blockquote{font-size:18px;padding-left:16px}
.story-body h2{font-size:22px}
.story-body h3{font-size:19px}
}
@media print{
@page{margin:16mm 18mm}
:root{--accent:#000;--muted:#333;--rule:#999}
body{background:#fff;color:#000;font-size:11.5pt;line-height:1.6}
.wrap{max-width:none;padding:0}
.masthead{border-bottom-width:2px}
.layout{display:block;padding:12pt 0 0}
.story{max-width:none}
.rail,.follow,.today{display:none}
h1{font-size:22pt}
.subheadline{font-size:13pt}
figure,blockquote,li,tr{break-inside:avoid}
.story-body .table{overflow:visible;break-inside:auto;background:none}
.story-body table{font-size:9.5pt}
.story-body th,.story-body td{min-width:0;padding:3pt 6pt;border-bottom-color:#999}
.story-body thead{display:table-header-group}
h2,h3{break-after:avoid}
figure img{max-height:110mm;width:auto;max-width:100%}
.story-body a{color:#000}
.story-body a[href^="http"]::after{content:" (" attr(href) ")";font-size:9pt;word-break:break-all}
.tags li{background:none;border:1px solid #999}
}
`
}
