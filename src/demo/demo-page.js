import { scenarioButtons } from '/demo-ui.js';

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
const relayed = await (await fetch('/relayed-scenarios.json')).json();
scenarioButtons(list, call, { 'relayed-buttons': relayed });
document.getElementById('not-wechat').addEventListener('click', async () => {
  const res = await fetch('/not-wechat.json');
  say(`not-wechat: HTTP ${res.status}`);
});
window.demoScenarios = list;
window.runScenario = (id) => call(list.find((s) => s.id === id));
window.relayedScenarios = relayed;
window.runRelayed = (id) => call(relayed.find((s) => s.id === id));
document.body.dataset.ready = 'true';
