import { useSignal } from '@preact/signals';

/** A file dropped anywhere on the panel; `dragging` while one is held over it. */
export function useFileDrop(onFile: (file: File) => void) {
  const dragging = useSignal(false);
  return {
    dragging: dragging.value,
    handlers: {
      onDragOver: (e: DragEvent): void => {
        if (e.dataTransfer?.types.includes('Files')) {
          e.preventDefault();
          dragging.value = true;
        }
      },
      onDragLeave: (): void => {
        dragging.value = false;
      },
      onDrop: (e: DragEvent): void => {
        e.preventDefault();
        dragging.value = false;
        const file = e.dataTransfer?.files[0];
        if (file) onFile(file);
      },
    },
  };
}
