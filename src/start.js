// Appended to the generated gapline.js by scripts/self-start.sh (after wasm-bindgen's glue, whose
// `__wbg_init` is in scope): what loading the module does.
//
// Fault isolation: every [data-gapline] element gets a wasm instance of its own (the module
// imported again under `gapline.js#glN`, a new module record, instantiated from the one
// compiled module), so a panic or a trap in one timeline leaves the others drawing. The bundle
// aborts on panic; a trap unwinds the instance's frames without running their epilogues, so
// its stack pointer stays moved: after any uncaught error on the page, an instance whose
// `stackMark()` no longer reads what it read at rest has stopped, and its element gets a
// message instead of a half-drawn, dead chart. `mount()` timelines run in the instance of the
// copy the page imported.
if (!new URL(import.meta.url).hash) {
  // Compiled once: each timeline's instance is made from this module.
  const file = new URL('gapline_bg.wasm', import.meta.url);
  let compiled;
  try {
    compiled = await WebAssembly.compileStreaming(fetch(file));
  } catch {
    // A server that does not send `application/wasm`.
    compiled = await WebAssembly.compile(await (await fetch(file)).arrayBuffer());
  }
  await __wbg_init({ module_or_path: compiled });
  const MARK = 'data-gapline-mounted';
  const live = [];
  let count = 0;
  const stop = (t) => {
    if (t.stopped) return;
    t.stopped = true;
    const box = document.createElement('div');
    const theme = t.el.getAttribute('data-theme');
    box.className = theme === 'dark' || theme === 'light' ? `gapline gl-${theme}` : 'gapline';
    const p = document.createElement('p');
    p.className = 'gl-error';
    p.setAttribute('role', 'alert');
    p.textContent = /^zh/i.test(t.el.getAttribute('data-lang') || '')
      ? '此时间线因出错而停止。重新加载页面或许可以解决。'
      : 'This timeline stopped because of an error. Reloading the page may help.';
    box.append(p);
    t.el.replaceChildren(box);
    console.error('gapline: a timeline stopped because of an error', t.el);
  };
  const check = () => {
    for (const t of live) {
      try {
        if (t.mod.stackMark() !== t.rest) stop(t);
      } catch {
        stop(t);
      }
    }
  };
  addEventListener('error', check);
  addEventListener('unhandledrejection', check);
  const start = async (el) => {
    const t = { el };
    try {
      const url = new URL(import.meta.url);
      url.hash = `gl${++count}`;
      t.mod = await import(url.href);
      await t.mod.default({ module_or_path: compiled });
      t.rest = t.mod.stackMark();
      live.push(t);
      t.mod.mountElement(el);
    } catch (e) {
      console.error(e);
      stop(t);
    }
  };
  // The authoring build (`site/gapline.js` beside this file, see src/author.rs): what a reader
  // never needs (the claim parser, the spreadsheet reader, the file writers), loaded the first
  // time a timeline asks for it, compiled once, one instance per timeline as above.
  const AUTHOR = new URL('site/gapline.js', import.meta.url);
  let authorCompiled = null;
  const authorModule = () =>
    (authorCompiled ??= (async () => {
      const file = new URL('gapline_bg.wasm', AUTHOR);
      const response = await fetch(file);
      if (!response.ok) throw new Error(`${file.href} answered ${response.status}`);
      return WebAssembly.compile(await response.arrayBuffer());
    })().catch((e) => {
      // A failed download is tried again on the next request.
      authorCompiled = null;
      throw e;
    }));
  const authorInstance = async () => {
    const compiled = await authorModule();
    const url = new URL(AUTHOR);
    url.hash = `author${++count}`;
    const mod = await import(url.href);
    await mod.default({ module_or_path: compiled });
    return mod;
  };
  // This module's own exports, for timelines drawn with `mount()` (in this instance).
  const self = { handOff, optionsOf, adopt };
  const failed = (el, need, e) => {
    console.error('gapline: the authoring build could not be loaded', e);
    const zh = /^zh/i.test(el.getAttribute('data-lang') || el.closest('[lang]')?.lang || '');
    const what = need === 'export'
      ? (zh ? '无法导出：' : 'The export could not be made: ')
      : (zh ? '此时间线需要的解读工具无法加载：' : 'This timeline needs the authoring build, which could not be loaded: ');
    const hint = zh
      ? `（${AUTHOR.href}）。请检查 site/ 文件夹是否与 gapline.js 一同发布。`
      : ` (${AUTHOR.href}). Check that the site/ folder is served beside gapline.js.`;
    const p = document.createElement('p');
    p.className = 'gl-error';
    p.setAttribute('role', 'alert');
    p.textContent = `${what}${e && e.message ? e.message : e}${hint}`;
    const box = el.querySelector('.gapline') || el;
    if (need === 'export') {
      box.querySelector(':scope > .gl-author-error')?.remove();
      p.classList.add('gl-author-error');
      box.prepend(p);
    } else {
      box.replaceChildren(p);
    }
  };
  addEventListener('gapline-author', async (ev) => {
    const t = live.find((l) => l.el.contains(ev.target));
    const el = t ? t.el : ev.target.closest('[data-gapline-mounted]');
    if (!el) return;
    const { need, kind, view } = ev.detail || {};
    const reader = t ? t.mod : self;
    try {
      const author = await authorInstance();
      if (need === 'export') {
        await author.exportView(el, reader.optionsOf(el), view, kind);
        return;
      }
      const options = reader.handOff(el);
      if (options === undefined) author.mountElement(el);
      else reader.adopt(el, author.mount(el, options));
      // The authoring instance is the one drawing now: it is the one watched.
      const watched = t || { el };
      watched.mod = author;
      watched.rest = author.stackMark();
      if (!t) live.push(watched);
    } catch (e) {
      failed(el, need, e);
    }
  });
  const scan = () => {
    for (const el of document.querySelectorAll(`[data-gapline]:not([${MARK}])`)) {
      el.setAttribute(MARK, '');
      start(el);
    }
  };
  scan();
  // Elements added later (by a CMS, a framework, a lazy section) are started too.
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
}
