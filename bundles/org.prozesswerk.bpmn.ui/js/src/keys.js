// Key handling inside the SWT Browser (WebKitGTK), see docs/bpmn-editor.md. Every key press reaches both the page
// and the workbench's key bindings; a key the page leaves unhandled is delivered to SWT a second time
// (eclipse.platform.swt#1200). So for the keys the workbench has commands for (undo, redo, select all, delete, save)
// the page only swallows the DOM event (no second delivery) and lets the workbench command do the work, once.
export function isWorkbenchKey(event) {
  const ctrl = event.ctrlKey || event.metaKey;
  const key = (event.key || '').toLowerCase();
  if (event.altKey) {
    return false;
  }
  if (ctrl) {
    return key === 'z' || key === 'y' || key === 'a' || key === 's';
  }
  return key === 'delete' && !event.shiftKey;
}

/** True while the user types in the properties panel or edits a label: text keys belong to the text field. */
export function isTextInputFocused() {
  const element = document.activeElement;
  if (!element) {
    return false;
  }
  const tag = element.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable;
}

// Combinations a text field edits with natively; everything else with Ctrl/Alt belongs to the workbench.
const TEXT_EDITING_KEYS = new Set(['a', 'c', 'v', 'x', 'z', 'y', 'arrowleft', 'arrowright', 'arrowup', 'arrowdown',
  'home', 'end', 'backspace', 'delete']);

/**
 * True for a key stroke nobody in the page handled that only the workbench can mean (Ctrl+Q, Ctrl+W, Alt+D,
 * F-keys, ...). The workbench has received it already; marking it handled stops WebKitGTK's second delivery, which
 * would, for instance, close two editors on one Ctrl+W.
 */
export function isUnhandledWorkbenchKey(event) {
  const key = (event.key || '').toLowerCase();
  if (/^f\d{1,2}$/.test(key)) {
    return true;
  }
  if (!(event.ctrlKey || event.altKey || event.metaKey)) {
    return false;
  }
  if (key === 'control' || key === 'alt' || key === 'shift' || key === 'meta') {
    return false;
  }
  return !(isTextInputFocused() && !event.altKey && TEXT_EDITING_KEYS.has(key));
}
