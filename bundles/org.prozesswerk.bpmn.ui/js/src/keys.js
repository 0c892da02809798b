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
