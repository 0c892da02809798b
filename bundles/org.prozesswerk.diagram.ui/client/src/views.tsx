/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
/** @jsx svg */
import { GNode, RenderingContext, ShapeView, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

function args(node: GNode): Record<string, unknown> {
    return ((node as unknown as { args?: Record<string, unknown> }).args ?? {}) as Record<string, unknown>;
}

/** An org unit: a card with a coloured header band (code), the name, and Steckbriefe/FTE. */
@injectable()
export class UnitView extends ShapeView {
    render(node: GNode, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const kind = String(args(node).kind ?? '');
        const w = Math.max(0, node.size.width);
        const h = Math.max(0, node.size.height);
        return (
            <g class-pw-unit={true} class-selected={node.selected} class-mouseover={node.hoverFeedback}>
                <rect class-pw-card={true} width={w} height={h} rx={6} ry={6} />
                <path class-pw-band={true} class-pw-department={kind === 'DEPARTMENT'}
                    d={`M0,6 a6,6 0 0 1 6,-6 h${w - 12} a6,6 0 0 1 6,6 v18 h${-w} z`} />
                {context.renderChildren(node)}
            </g>
        ) as unknown as VNode;
    }
}

/** A theme (folder): a light container with its name on top. */
@injectable()
export class FolderView extends ShapeView {
    render(node: GNode, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        return (
            <g class-pw-folder={true} class-selected={node.selected}>
                <rect class-pw-folder-box={true} width={Math.max(0, node.size.width)} height={Math.max(0, node.size.height)} rx={8} ry={8} />
                {context.renderChildren(node)}
            </g>
        ) as unknown as VNode;
    }
}

/** A Steckbrief (and the fallback for node types of other states): a box filled with the server's colour. */
@injectable()
export class ProfileView extends ShapeView {
    render(node: GNode, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const fill = String(args(node).fill ?? '#ffffff');
        return (
            <g class-pw-profile={true} class-selected={node.selected} class-mouseover={node.hoverFeedback}>
                <rect class-pw-profile-box={true} width={Math.max(0, node.size.width)} height={Math.max(0, node.size.height)} rx={4} ry={4}
                    style={{ fill }} />
                {context.renderChildren(node)}
            </g>
        ) as unknown as VNode;
    }
}
