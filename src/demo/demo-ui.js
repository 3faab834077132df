// What both demo pages share: one button per scenario, and "Run all" running them in turn.
export function scenarioButtons(scenarios, run) {
  const buttons = document.getElementById('buttons');
  for (const scenario of scenarios) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.scenario = scenario.id;
    button.textContent = scenario.label;
    button.addEventListener('click', () => run(scenario));
    buttons.append(button);
  }
  document.getElementById('run-all').addEventListener('click', async () => {
    for (const scenario of scenarios) await run(scenario);
  });
}
