// Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
// Plays the GLSP server over the same bridge functions the SWT editor installs (pwSend / pwReceive).
(function () {
  var start = performance.now();
  function reply(message) { setTimeout(function () { window.pwReceive(message); }, 0); }
  window.pwSend = function (json) {
    var message = JSON.parse(json);
    if (message.method === 'initialize') {
      reply({ jsonrpc: '2.0', id: message.id, result: { protocolVersion: '1.0.0', serverActions: { '*': ['requestModel'], orgchart: ['requestModel'] } } });
    } else if (message.method === 'initializeClientSession' || message.method === 'disposeClientSession') {
      reply({ jsonrpc: '2.0', id: message.id, result: null });
    } else if (message.method === 'process' && message.params.action.kind === 'requestModel') {
      var action = JSON.parse(JSON.stringify(window.BENCH_SET_MODEL));
      action.responseId = message.params.action.requestId;
      window.benchModelSent = performance.now();
      reply({ jsonrpc: '2.0', method: 'process', params: { clientId: message.params.clientId, action: action } });
    }
  };
  window.pwReady = function (info) {
    var now = performance.now();
    var result = JSON.parse(info);
    document.title = 'BENCH ' + JSON.stringify({ pageToRendered: Math.round(now - start),
      setModelToRendered: Math.round(now - window.benchModelSent), client: result });
  };
})();
