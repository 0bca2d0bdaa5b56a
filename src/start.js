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
