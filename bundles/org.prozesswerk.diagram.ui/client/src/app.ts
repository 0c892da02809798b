/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 *
 * The GLSP client of the Prozesswerk diagrams inside an SWT Browser. The page is loaded from the bundle with
 * `?diagramType=...&sourceUri=...&clientId=...`; everything else goes through the bridge (see bridge.ts) and the
 * `window.pw` API that the Java editor calls.
 */
import 'reflect-metadata';

import {
    Action,
    BaseJsonrpcGLSPClient,
    CenterAction,
    DefaultTypes,
    DeleteElementOperation,
    DiagramLoader,
    EditMode,
    EditorContextService,
    FeatureModule,
    FitToScreenAction,
    GEdge,
    GGraph,
    GLabel,
    GLabelView,
    GLSPActionDispatcher,
    GLSPProjectionView,
    GModelElement,
    GNode,
    LogLevel,
    MouseListener,
    PolylineEdgeView,
    SelectAction,
    SelectAllAction,
    SelectionService,
    SetEditModeAction,
    SetViewportAction,
    TYPES,
    bindAsService,
    bindOrRebind,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    deletionToolModule,
    editLabelFeature,
    initializeDiagramContainer,
    overrideModelElement,
    toolPaletteModule
} from '@eclipse-glsp/client';
import { Container, injectable } from 'inversify';
import { createMessageConnection } from 'vscode-jsonrpc/browser';
import { BridgeReader, BridgeWriter } from './bridge';
import './diagram.css';
import { FolderView, ProfileView, UnitView } from './views';

declare global {
    interface Window {
        pw?: PwApi;
        pwSelectionChanged?: (json: string) => unknown;
        pwOpen?: (id: string) => unknown;
        pwReady?: (json: string) => unknown;
        pwExported?: (kind: string, data: string) => unknown;
    }
}

/** What the Java editor calls (Browser.execute / evaluate). */
interface PwApi {
    dispatch(action: Action): void;
    select(ids: string[]): void;
    selectAll(): void;
    selected(): string[];
    deleteSelection(): void;
    zoom(factor: number): void;
    fit(): void;
    center(ids: string[]): void;
    bounds(id: string): string;
    svg(): string;
    png(scale: number): void;
    stats(): string;
    editMode(): string;
}

/** Double-click on a Steckbrief (or anything with an id the editor knows) asks the editor to open it. */
@injectable()
class OpenOnDoubleClick extends MouseListener {
    override doubleClick(target: GModelElement): Action[] {
        let element: GModelElement | undefined = target;
        while (element && !(element instanceof GNode)) {
            element = 'parent' in element ? ((element as unknown as { parent: GModelElement }).parent) : undefined;
        }
        if (element && window.pwOpen) {
            window.pwOpen(element.id);
        }
        return [];
    }
}

const prozesswerkModule = new FeatureModule((bind, unbind, isBound, rebind) => {
    const context = { bind, unbind, isBound, rebind };
    bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
    configureDefaultModelElements(context);
    overrideModelElement(context, DefaultTypes.GRAPH, GGraph, GLSPProjectionView);
    configureModelElement(context, 'pw:unit', GNode, UnitView);
    configureModelElement(context, 'pw:unit-code', GLabel, GLabelView);
    configureModelElement(context, 'pw:unit-name', GLabel, GLabelView, { enable: [editLabelFeature] });
    configureModelElement(context, 'pw:unit-details', GLabel, GLabelView);
    configureModelElement(context, 'pw:hierarchy', GEdge, PolylineEdgeView);
    configureModelElement(context, 'pw:folder', GNode, FolderView);
    configureModelElement(context, 'pw:folder-name', GLabel, GLabelView);
    configureModelElement(context, 'pw:profile', GNode, ProfileView);
    configureModelElement(context, 'pw:profile-name', GLabel, GLabelView);
    configureModelElement(context, 'pw:profile-details', GLabel, GLabelView);
    configureModelElement(context, 'pw:flow', GEdge, PolylineEdgeView);
    bindAsService(context, TYPES.MouseListener, OpenOnDoubleClick);
});

function parameter(name: string, fallback: string): string {
    return new URLSearchParams(window.location.search).get(name) ?? fallback;
}

function isSvgElement(node: Element): node is SVGGraphicsElement {
    return typeof (node as SVGGraphicsElement).getBBox === 'function';
}

/** Our own style rules (diagram.css), for exports that must look like the screen without the page. */
function diagramRules(): string {
    const rules: string[] = [];
    for (const sheet of Array.from(document.styleSheets)) {
        let list: CSSRuleList;
        try {
            list = sheet.cssRules;
        } catch {
            continue;
        }
        for (const rule of Array.from(list)) {
            if (rule instanceof CSSStyleRule && /pw-|sprotty-edge|sprotty-label/.test(rule.selectorText)) {
                rules.push(rule.cssText);
            }
        }
    }
    return rules.join('\n');
}

/** The diagram as a standalone SVG document: our styles inlined, the viewport transform replaced by a fit. */
function exportSvg(): string {
    const svg = document.querySelector('#pw-diagram svg');
    if (!svg) {
        return '';
    }
    const root = svg.querySelector('g');
    const box = root && isSvgElement(root) ? root.getBBox() : { x: 0, y: 0, width: 100, height: 100 };
    const clone = svg.cloneNode(true) as SVGSVGElement;
    const cloneRoot = clone.querySelector('g');
    cloneRoot?.removeAttribute('transform');
    const margin = 20;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    clone.setAttribute('viewBox', `${box.x - margin} ${box.y - margin} ${box.width + 2 * margin} ${box.height + 2 * margin}`);
    clone.setAttribute('width', String(Math.ceil(box.width + 2 * margin)));
    clone.setAttribute('height', String(Math.ceil(box.height + 2 * margin)));
    clone.removeAttribute('style');
    clone.removeAttribute('class');
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = diagramRules() + '\ntext { font-family: "Noto Sans", "DejaVu Sans", sans-serif; }';
    clone.insertBefore(style, clone.firstChild);
    return new XMLSerializer().serializeToString(clone);
}

async function start(): Promise<void> {
    const clientId = parameter('clientId', 'pw-diagram');
    const diagramType = parameter('diagramType', 'orgchart');
    const sourceUri = parameter('sourceUri', '');
    // A register the person may not change (docs/roles.md) opens in GLSP's read-only edit mode: no edit tools here,
    // and the server refuses operations (its model state is set read-only below).
    const editMode = parameter('editMode', EditMode.EDITABLE) === EditMode.READONLY ? EditMode.READONLY : EditMode.EDITABLE;
    document.body.classList.toggle('pw-readonly', editMode === EditMode.READONLY);
    const host = document.createElement('div');
    host.id = clientId;
    document.body.appendChild(host);
    host.parentElement?.setAttribute('data-diagram', diagramType);
    host.setAttribute('id', 'pw-diagram');

    const connection = createMessageConnection(new BridgeReader(), new BridgeWriter());
    const glspClient = new BaseJsonrpcGLSPClient({ id: 'prozesswerk', connectionProvider: connection });
    const container = initializeDiagramContainer(
        new Container(),
        // Zoom down to 0.1 % and scroll far: "fit" must show a whole 2,000-unit org chart, which is 400,000 px
        // wide (GLSP's defaults stop at 10 % and at ±100,000 px).
        createDiagramOptionsModule({ clientId: 'pw-diagram', diagramType, sourceUri, editMode, glspClientProvider: async () => glspClient },
            { zoomLimits: { min: 0.001, max: 8 }, horizontalScrollLimits: { min: -1e7, max: 1e7 }, verticalScrollLimits: { min: -1e7, max: 1e7 } }),
        prozesswerkModule,
        // Undo, redo, delete, select all and zoom keys are Eclipse key bindings (handled once, by the workbench), so
        // the client's own key tools for them stay out; creating units is a workbench action, not a palette.
        { remove: [toolPaletteModule, deletionToolModule] }
    );
    const dispatcher = container.get(GLSPActionDispatcher);
    const selection = container.get(SelectionService);
    selection.onSelectionChanged(change => {
        window.pwSelectionChanged?.(JSON.stringify(change.selectedElements));
    });

    window.pw = {
        dispatch: action => void dispatcher.dispatch(action),
        select: ids => void dispatcher.dispatch(SelectAction.setSelection(ids)),
        selectAll: () => void dispatcher.dispatch(SelectAllAction.create(true)),
        selected: () => selection.getSelectedElementIDs(),
        deleteSelection: () => {
            if (container.get(EditorContextService).isReadonly) {
                return; // the read-only server would only answer with a warning
            }
            const ids = selection.getSelectedElementIDs();
            if (ids.length > 0) {
                void dispatcher.dispatch(DeleteElementOperation.create(ids));
            }
        },
        zoom: factor => {
            const root = selection.getModelRoot() as unknown as { scroll: { x: number; y: number }; zoom: number; canvasBounds: { width: number; height: number } };
            const zoom = Math.min(20, Math.max(0.05, root.zoom * factor));
            const cx = root.scroll.x + root.canvasBounds.width / root.zoom / 2;
            const cy = root.scroll.y + root.canvasBounds.height / root.zoom / 2;
            const scroll = { x: cx - root.canvasBounds.width / zoom / 2, y: cy - root.canvasBounds.height / zoom / 2 };
            void dispatcher.dispatch(SetViewportAction.create(selection.getModelRoot().id, { scroll, zoom }, { animate: false }));
        },
        fit: () => void dispatcher.dispatch(FitToScreenAction.create([], { padding: 20, maxZoom: 1, animate: false })),
        bounds: id => {
            const element = selection.getModelRoot().index.getById(id) as unknown as { position?: { x: number; y: number }; size?: { width: number; height: number } } | undefined;
            return JSON.stringify(element?.position && element.size ? { ...element.position, ...element.size } : null);
        },
        center: ids => void dispatcher.dispatch(CenterAction.create(ids, { animate: false })),
        svg: exportSvg,
        png: scale => {
            const text = exportSvg();
            const image = new Image();
            image.onload = () => {
                const canvas = document.createElement('canvas');
                canvas.width = Math.ceil(image.width * scale);
                canvas.height = Math.ceil(image.height * scale);
                const g = canvas.getContext('2d')!;
                g.fillStyle = '#ffffff';
                g.fillRect(0, 0, canvas.width, canvas.height);
                g.drawImage(image, 0, 0, canvas.width, canvas.height);
                window.pwExported?.('png', canvas.toDataURL('image/png'));
            };
            image.onerror = () => window.pwExported?.('error', 'PNG rendering failed');
            image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text);
        },
        editMode: () => container.get(EditorContextService).editMode,
        stats: () => JSON.stringify({
            units: document.querySelectorAll('.pw-unit').length,
            profiles: document.querySelectorAll('.pw-profile').length,
            folders: document.querySelectorAll('.pw-folder').length,
            edges: document.querySelectorAll('.sprotty-edge').length
        })
    };

    // Keys that Eclipse handles must not also act in the page (WebKitGTK delivers them to both, swt#1200).
    window.addEventListener('keydown', event => {
        if ((event.ctrlKey || event.metaKey) && ['a', 'z', 'y', '+', '-', '=', '0'].includes(event.key.toLowerCase())) {
            event.preventDefault();
        }
    }, true);

    const started = performance.now();
    await container.get(DiagramLoader).load({ requestModelOptions: { sourceUri, diagramType } });
    if (editMode === EditMode.READONLY) {
        await dispatcher.dispatch(SetEditModeAction.create(EditMode.READONLY));
    }
    window.pw.fit();
    requestAnimationFrame(() => requestAnimationFrame(() => {
        window.pwReady?.(JSON.stringify({ millis: performance.now() - started, stats: JSON.parse(window.pw!.stats()) }));
    }));
}

start().catch(error => {
    document.body.textContent = 'Diagramm konnte nicht geladen werden: ' + error;
    window.pwReady?.(JSON.stringify({ error: String(error) }));
});
