import type { Signal } from '@preact/signals';
import type { DecodedCall } from '../../decode/types';
import type { Lang } from '../../i18n';
import type { CaptureConnection } from '../../link/capture-connection';
import type { Host } from '../app/host';
import { MAX_IMPORT_BYTES } from './import-limit';

// HAR files are read and written by code (the whole decoder) loaded only when they are used.

/** Reads a .har file into the log; what happened is told in `notice`, in `lang`. */
export function importHar(file: File, connection: CaptureConnection, lang: Lang, notice: Signal<string | null>): void {
  const words = import('../../i18n/import-messages').then(({ importMessages }) => importMessages[lang]);
  // Checked before reading: a 2 GB file must not be read into the panel's memory to be refused.
  if (file.size > MAX_IMPORT_BYTES) {
    void words.then((t) => (notice.value = t.importErrors['too-large']));
    return;
  }
  void Promise.all([file.text(), import('./har-file'), import('../../decode/relay/user-rules'), words]).then(([text, { fromHar }, { DEFAULT_RELAY_SETTINGS }, t]) => {
    // Relayed answers in the file are found as capture finds them with the default settings.
    const result = fromHar(text, file.name, { settings: DEFAULT_RELAY_SETTINGS, rules: [] });
    if ('error' in result) {
      notice.value = t.importErrors[result.error];
      return;
    }
    connection.importCalls(result.calls);
    notice.value = t.imported(result.calls.length, file.name, result.skipped, result.malformed);
  });
}

/** Saves the calls shown as a .har file, masked unless secrets are revealed. */
export function exportHar(calls: readonly DecodedCall[], reveal: boolean, host: Host): void {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  void Promise.all([import('./har-file'), import('../../decode/mask')]).then(([{ toHar }, { maskerFor }]) => {
    host.saveFile(`wechat-api-calls-${stamp}.har`, JSON.stringify(toHar(calls, maskerFor(reveal), host.version), null, 1), 'application/json');
  });
}
