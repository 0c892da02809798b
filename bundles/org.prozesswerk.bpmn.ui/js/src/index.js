// The bpmn-js modeler page of the Prozesswerk BPMN editor. It runs inside an SWT Browser (WebKitGTK) and talks to
// Java only through the functions below: Java calls pwImport/pwExport/pwUndo/...; the page calls the BrowserFunctions
// pwDirty, pwUndoState, pwImported, pwImportFailed, pwSaved, pwSaveFailed and pwLog that the editor installs.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import './index.css';

import { createTranslateModule } from './translate-de.js';
import { isTextInputFocused, isUnhandledWorkbenchKey, isWorkbenchKey } from './keys.js';

const params = new URLSearchParams(window.location.search);
const language = params.get('lang') || 'en';
// A model the person may not change (rights, docs/roles.md) opens in bpmn-js' viewer: no palette, no context pad,
// no properties panel, no command stack — it can be looked at, zoomed and scrolled, nothing else.
const readOnly = params.get('readOnly') === 'true';

/** Calls a Java BrowserFunction if the editor installed it; outside the workbench (plain browser) it only logs. */
function callJava(name, ...args) {
  const fn = window[name];
  if (typeof fn === 'function') {
    try {
      return fn(...args);
    } catch (e) {
      // A failing callback must not break the modeler; the console is forwarded below when possible.
      originalConsole.error('Java callback ' + name + ' failed: ' + e);
    }
  } else {
    originalConsole.log('[no Java] ' + name, args);
  }
  return undefined;
}

const originalConsole = { log: console.log.bind(console), warn: console.warn.bind(console),
  error: console.error.bind(console) };
for (const level of ['warn', 'error']) {
  console[level] = (...args) => {
    originalConsole[level](...args);
    if (typeof window.pwLog === 'function') {
      window.pwLog(level, args.map(String).join(' '));
    }
  };
}
window.addEventListener('error', (event) => callJava('pwLog', 'error', 'JS: ' + event.message + ' (' +
  event.filename + ':' + event.lineno + ')'));
window.addEventListener('unhandledrejection', (event) => callJava('pwLog', 'error', 'JS promise: ' +
  (event.reason && event.reason.message || event.reason)));

const modeler = readOnly
  ? new NavigatedViewer({
    container: '#canvas',
    additionalModules: [createTranslateModule(language)],
    keyboard: { bind: true }
  })
  : new BpmnModeler({
    container: '#canvas',
    propertiesPanel: { parent: '#properties' },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      createTranslateModule(language)
    ],
    keyboard: { bind: true }
  });
if (readOnly) {
  document.getElementById('properties').classList.add('hidden');
  document.body.classList.add('read-only');
}

// The viewer has no command stack: nothing to undo, never dirty.
const commandStack = readOnly ? null : modeler.get('commandStack');
const eventBus = modeler.get('eventBus');
const keyboard = modeler.get('keyboard');

// Dirty = the command on top of the stack is not the one that was on top when the file was last saved or loaded.
// Comparing the command object, not the stack index, stays right after undo + a new edit at the same depth.
let savedTop = null;
let lastDirty = false;

function topCommand() {
  return commandStack ? commandStack._getUndoAction() || null : null;
}

function reportState() {
  const dirty = topCommand() !== savedTop;
  if (dirty !== lastDirty) {
    lastDirty = dirty;
    callJava('pwDirty', dirty);
  }
  callJava('pwUndoState', !!commandStack && commandStack.canUndo(), !!commandStack && commandStack.canRedo());
}

eventBus.on('commandStack.changed', reportState);

// Keys with a workbench command are executed by the workbench only (its key binding calls pwUndo & co.).
// Returning true marks the DOM event handled (preventDefault), which keeps WebKitGTK from delivering it to SWT a
// second time, and stops bpmn-js' own binding for it. See keys.js and docs/bpmn-editor.md.
keyboard.addListener(100000, (context) => (isWorkbenchKey(context.keyEvent) ? true : undefined));

// Last in line (bubble phase on window): what neither bpmn-js nor a text field took is the workbench's.
window.addEventListener('keydown', (event) => {
  if (!event.defaultPrevented && isUnhandledWorkbenchKey(event)) {
    event.preventDefault();
  }
});

// Like zoom('fit-viewport') but keeps the diagram clear of the palette (top left) and never zooms in beyond 100 %.
function fitDiagram() {
  const canvas = modeler.get('canvas');
  canvas.zoom(1);
  const { inner, outer } = canvas.viewbox();
  if (!inner.width || !inner.height || !outer.width || !outer.height) {
    return;
  }
  const palette = document.querySelector('.djs-palette');
  const left = (palette ? palette.getBoundingClientRect().right : 0) + 20;
  const margin = 20;
  const width = Math.max(outer.width - left - margin, 50);
  const height = Math.max(outer.height - 2 * margin, 50);
  const scale = Math.min(width / inner.width, height / inner.height, 1);
  canvas.viewbox({
    x: inner.x - (left + (width - inner.width * scale) / 2) / scale,
    y: inner.y - (margin + (height - inner.height * scale) / 2) / scale,
    width: outer.width / scale,
    height: outer.height / scale
  });
}
window.pwFit = fitDiagram;

// Until the user zooms or scrolls, the diagram follows the editor's size (e.g. when the editor is maximized).
let followSize = false;
let fitting = false;
eventBus.on('canvas.viewbox.changing', () => {
  if (!fitting) {
    followSize = false;
  }
});
function fitAndFollow() {
  fitting = true;
  try {
    fitDiagram();
  } finally {
    fitting = false;
  }
  followSize = true;
}
window.addEventListener('resize', () => {
  modeler.get('canvas').resized();
  if (followSize) {
    fitAndFollow();
  }
});

// Import problems, worded (in German) by the Java side; a click hides the box.
function showMessage(text, kind) {
  const box = document.getElementById('message');
  box.textContent = text || '';
  box.className = text ? 'visible ' + (kind || '') : '';
}
document.getElementById('message').addEventListener('click', () => showMessage(''));
window.pwShowMessage = showMessage;

window.pwImportDone = false;
window.pwImportError = null;

/** Imports BPMN 2.0 XML; reports pwImported(warningsJson) or pwImportFailed(message, warningsJson). */
window.pwImport = function (xml) {
  window.pwImportDone = false;
  window.pwImportError = null;
  return modeler.importXML(xml).then(({ warnings }) => {
    savedTop = topCommand();
    lastDirty = false;
    fitAndFollow();
    const messages = (warnings || []).map((w) => w.message || String(w));
    showMessage('');
    window.pwImportDone = true;
    callJava('pwImported', JSON.stringify(messages));
    reportState();
  }, (error) => {
    const messages = ((error && error.warnings) || []).map((w) => w.message || String(w));
    window.pwImportError = (error && error.message) || String(error);
    window.pwImportDone = true;
    callJava('pwImportFailed', window.pwImportError, JSON.stringify(messages));
  });
};

/** Exports the diagram; answers with pwSaved(requestId, xml) or pwSaveFailed(requestId, message). */
window.pwExport = function (requestId) {
  modeler.saveXML({ format: true }).then(
    ({ xml }) => callJava('pwSaved', requestId, xml),
    (error) => callJava('pwSaveFailed', requestId, (error && error.message) || String(error)));
};

/** The Java side wrote the file: the current state is the saved one. */
window.pwMarkSaved = function () {
  savedTop = topCommand();
  reportState();
};

// Workbench commands (menu Bearbeiten, key bindings). In a text field a key stroke was already handled natively by
// the field, so only a menu click (fromMenu) acts there, on the text; otherwise they act on the diagram.
function workbenchCommand(textCommand, diagramAction) {
  return (fromMenu) => {
    if (isTextInputFocused()) {
      if (fromMenu) {
        document.execCommand(textCommand);
      }
      return;
    }
    diagramAction();
  };
}
// The viewer has neither command stack nor editor actions: there the commands do nothing.
const editorActions = modeler.get('editorActions', false);
window.pwUndo = workbenchCommand('undo', () => { if (commandStack && commandStack.canUndo()) { commandStack.undo(); } });
window.pwRedo = workbenchCommand('redo', () => { if (commandStack && commandStack.canRedo()) { commandStack.redo(); } });
window.pwSelectAll = workbenchCommand('selectAll', () => editorActions && editorActions.trigger('selectElements'));
window.pwDelete = workbenchCommand('forwardDelete', () => editorActions && editorActions.trigger('removeSelection'));
window.pwFocus = () => modeler.get('canvas').focus();
window.pwShowProperties = (visible) => {
  document.getElementById('properties').classList.toggle('hidden', readOnly || !visible);
  modeler.get('canvas').resized();
};

/** For tests and other Java callers: access to bpmn-js services (elementRegistry, modeling, ...). */
window.pw = {
  modeler,
  readOnly,
  get: (name, strict) => modeler.get(name, strict),
  isDirty: () => topCommand() !== savedTop
};

callJava('pwLog', 'info', readOnly ? 'bpmn-js viewer ready (read-only)' : 'bpmn-js modeler ready');
window.pwReady = true;
