package com.thousandproxy.api.subscription.render;

/** The subscription page's inline style sheet: one column, large tap targets, dark mode. */
final class PageStyle {

  static final String CSS =
      ":root{color-scheme:light dark;--fg:#111;--bg:#fff;--muted:#666;--accent:#0b63ce}"
          + "@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#121212;--muted:#aaa;"
          + "--accent:#5aa2ff}}"
          + "*{box-sizing:border-box}"
          + "body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
          + "color:var(--fg);background:var(--bg)}"
          + "main{max-width:28rem;margin:0 auto;padding:1.25rem}"
          + "h1{font-size:1.5rem;margin:0 0 .25rem;overflow-wrap:anywhere}"
          + "h2{font-size:1.1rem;margin:1.5rem 0 .5rem}"
          + ".client,.hint{color:var(--muted);margin:0;overflow-wrap:anywhere}"
          + ".status{font-weight:600;margin:.75rem 0}.status.on{color:#1a7f37}"
          + ".status.off{color:#c62828}"
          + "dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem;margin:0}"
          + "dt{color:var(--muted)}dd{margin:0}"
          + ".qr{margin:1.25rem auto;max-width:16rem;text-align:center}"
          + ".qr svg{width:100%;height:auto;display:block;border-radius:.5rem}"
          + "figcaption{color:var(--muted);font-size:.9rem}"
          + ".apps{list-style:none;padding:0;margin:0;display:grid;gap:.5rem}"
          + ".button{display:block;padding:.8rem 1rem;border-radius:.6rem;text-align:center;"
          + "background:var(--accent);color:#fff;text-decoration:none;font-weight:600}"
          + "input{width:100%;padding:.6rem;font:inherit;font-size:.85rem;border:1px solid "
          + "var(--muted);border-radius:.4rem;background:transparent;color:inherit}"
          + "a{color:var(--accent)}";

  private PageStyle() {}
}
