/**
 * The recipient pages' only stylesheet, inlined under the CSP nonce. System fonts, no images;
 * contrast is at least 4.5:1 in both schemes, tap targets at least 48px, one column down to 320px.
 */
export const PAGE_STYLE = `
:root{color-scheme:light dark;--bg:#f3f4f6;--card:#fff;--text:#16191d;--muted:#4b5360;--line:#d5d9e0;
--accent:#1d4ed8;--on-accent:#fff;--ok-bg:#e7f6ec;--ok:#14532d;--no-bg:#fdecec;--no:#7f1d1d;
--info-bg:#e8effc;--info:#1e3a8a;--focus:#b45309}
@media (prefers-color-scheme:dark){:root{--bg:#0f1216;--card:#1a1e24;--text:#e9ecf1;--muted:#b3bac5;
--line:#39414d;--accent:#93b4ff;--on-accent:#0b1530;--ok-bg:#12301f;--ok:#b7ebc8;--no-bg:#3a1616;
--no:#fcc9c9;--info-bg:#17254a;--info:#c9d8ff;--focus:#fbbf24}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--text);font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;-webkit-text-size-adjust:100%}
header,main,footer{max-width:40rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.25rem;color:var(--muted);font-weight:600}
.logo{display:block;height:2.5rem;width:auto;max-width:min(100%,15rem);object-fit:contain;background:#fff;border-radius:.375rem;padding:.25rem}
footer{padding-bottom:2rem;color:var(--muted);font-size:.9375rem}
h1{font-size:1.75rem;line-height:1.2;margin:.25rem 0 .75rem}
h2{font-size:1.25rem;line-height:1.3;margin:0 0 .25rem}
p{margin:.5rem 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:.75rem;padding:1.25rem 1rem;margin:1rem 0}
.sub{color:var(--muted);margin:0 0 1rem}
dl{margin:0}
dt{font-weight:600;font-size:.875rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin-top:1rem}
dd{margin:.125rem 0 0}
ul{margin:0;padding-left:1.25rem}
.notes{white-space:pre-line}
.links{list-style:none;padding:0}
.links a{display:inline-block;min-height:2.75rem;padding:.625rem 0}
.muted{color:var(--muted)}
.local{display:block;color:var(--muted)}
a{color:var(--accent);overflow-wrap:anywhere}
a,summary{text-underline-offset:.15em}
.status{border-radius:.5rem;padding:.75rem 1rem;font-weight:600;margin:.75rem 0;overflow-wrap:anywhere}
.pending,.notice{background:var(--info-bg);color:var(--info)}
.confirmed{background:var(--ok-bg);color:var(--ok)}
.declined,.closed{background:var(--no-bg);color:var(--no)}
form{margin:1rem 0 0}
button{display:block;width:100%;min-height:3rem;padding:.75rem 1.25rem;border-radius:.5rem;font:inherit;font-weight:700;cursor:pointer;border:2px solid var(--accent)}
a.button{display:block;text-align:center;min-height:3rem;padding:.75rem 1.25rem;border-radius:.5rem;font-weight:700;text-decoration:none;border:2px solid var(--accent)}
.primary,.slots button{background:var(--accent);color:var(--on-accent)}
.secondary{background:transparent;color:var(--accent)}
details{margin-top:1rem;border-top:1px solid var(--line);padding-top:.5rem}
summary{min-height:3rem;padding:.75rem 0;cursor:pointer;color:var(--accent);font-weight:600;text-decoration:underline}
label{display:block;font-weight:600;margin-bottom:.25rem}
input[type=datetime-local]{display:block;width:100%;min-height:3rem;padding:.625rem;margin-bottom:.75rem;font:inherit;color:var(--text);background:var(--card);border:1px solid var(--muted);border-radius:.5rem}
.error{color:var(--no);font-weight:600}
textarea{display:block;width:100%;min-height:6rem;padding:.625rem;font:inherit;color:var(--text);background:var(--card);border:1px solid var(--muted);border-radius:.5rem}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
@media (min-width:30rem){button,a.button{display:inline-block;width:auto;min-width:10rem}.card{padding:1.5rem}}
.slots{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:.5rem}
.slots button{width:100%;min-width:0;padding:.75rem .25rem;white-space:nowrap}
.zone{margin:1rem 0}
select{min-height:3rem;max-width:100%;padding:.5rem;font:inherit;color:var(--text);background:var(--card);border:1px solid var(--muted);border-radius:.5rem;margin:0 .5rem .5rem 0}
`.trim();
