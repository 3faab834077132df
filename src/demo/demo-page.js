// The demo page's calls, made with fetch exactly as a web admin panel or H5 page would.
const log = document.getElementById('log');
const say = (line) => {
  log.textContent += `${line}\n`;
};

async function call(scenario) {
  const init = { method: scenario.method };
  if (scenario.requestBody) {
    init.body = scenario.requestBody;
    init.headers = { 'Content-Type': 'application/json' };
  }
  try {
    const res = await fetch(scenario.url, init);
    const text = await res.text();
    say(`${scenario.id}: HTTP ${res.status} ${text.slice(0, 90)}`);
  } catch (error) {
    say(`${scenario.id}: ${error}`);
  }
}

const list = await (await fetch('/scenarios.json')).json();
const buttons = document.getElementById('buttons');
for (const scenario of list) {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.scenario = scenario.id;
  button.textContent = scenario.label;
  button.addEventListener('click', () => call(scenario));
  buttons.append(button);
}
document.getElementById('run-all').addEventListener('click', async () => {
  for (const scenario of list) await call(scenario);
});
document.getElementById('not-wechat').addEventListener('click', async () => {
  const res = await fetch('/not-wechat.json');
  say(`not-wechat: HTTP ${res.status}`);
});
window.demoScenarios = list;
window.runScenario = (id) => call(list.find((s) => s.id === id));
document.body.dataset.ready = 'true';
