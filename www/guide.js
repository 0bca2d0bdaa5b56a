// The embedding guide's live parts: snippets that name this site's own address, copy buttons,
// a frame sized by its height messages, and a timeline drawn with mount().
import { mount } from './gapline.js';
import { copyButtons } from './copy.js';

const base = new URL('.', location.href).href;
for (const pre of document.querySelectorAll('pre[data-template]')) {
  pre.textContent = pre.textContent.replaceAll('{base}', base);
}
copyButtons();

// The frame's height, from AMP embed-size messages (what amp-iframe and @newswire/frames read).
const frame = document.getElementById('live-frame');
addEventListener('message', (ev) => {
  if (ev.source !== frame.contentWindow) return;
  const d = ev.data;
  if (d && d.sentinel === 'amp' && d.type === 'embed-size' && d.height > 0) frame.height = String(d.height);
});

let timeline = mount(document.getElementById('mount-here'), {
  claims: 'data/claims.json', from: '2022-06', height: 420,
});
let zh = false;
document.getElementById('mount-lang').addEventListener('click', (ev) => {
  zh = !zh;
  timeline.update({ lang: zh ? 'zh' : 'en' });
  ev.target.textContent = zh ? 'Switch this one to English' : 'Switch this one to 中文';
});
document.getElementById('mount-destroy').addEventListener('click', (ev) => {
  timeline.destroy();
  ev.target.disabled = true;
  document.getElementById('mount-lang').disabled = true;
});
