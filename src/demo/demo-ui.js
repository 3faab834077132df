// What both demo pages share: one button per scenario, and "Run all" running them in turn.
function addButtons(container, scenarios, run) {
  for (const scenario of scenarios) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.scenario = scenario.id;
    button.textContent = scenario.label;
    button.addEventListener('click', () => run(scenario));
    container.append(button);
  }
}

// `more`: further sections, element id → scenarios (the demo page's relayed calls); "Run all" runs them too.
export function scenarioButtons(scenarios, run, more = {}) {
  addButtons(document.getElementById('buttons'), scenarios, run);
  for (const [id, extra] of Object.entries(more)) addButtons(document.getElementById(id), extra, run);
  const all = [...scenarios, ...Object.values(more).flat()];
  document.getElementById('run-all').addEventListener('click', async () => {
    for (const scenario of all) await run(scenario);
  });
}
