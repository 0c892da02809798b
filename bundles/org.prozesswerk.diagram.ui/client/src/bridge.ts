/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 *
 * JSON-RPC over the SWT Browser bridge, no network: messages to the server go through the BrowserFunction
 * `pwSend` (installed by the Java editor), messages from the server arrive as `window.pwReceive(message)` calls
 * made with Browser.execute.
 */
import { AbstractMessageReader, AbstractMessageWriter, DataCallback, Disposable, Message, MessageReader, MessageWriter } from 'vscode-jsonrpc/browser';

declare global {
    interface Window {
        pwSend?: (json: string) => unknown;
        pwReceive?: (message: Message) => void;
    }
}

export class BridgeReader extends AbstractMessageReader implements MessageReader {
    private callback?: DataCallback;
    private readonly early: Message[] = [];

    constructor() {
        super();
        window.pwReceive = message => {
            if (this.callback) {
                this.callback(message);
            } else {
                this.early.push(message);
            }
        };
    }

    listen(callback: DataCallback): Disposable {
        this.callback = callback;
        this.early.splice(0).forEach(message => callback(message));
        return Disposable.create(() => (this.callback = undefined));
    }
}

export class BridgeWriter extends AbstractMessageWriter implements MessageWriter {
    async write(message: Message): Promise<void> {
        if (!window.pwSend) {
            throw new Error('No Prozesswerk bridge (pwSend) in this page');
        }
        window.pwSend(JSON.stringify(message));
    }

    end(): void {
        // nothing to flush
    }
}
