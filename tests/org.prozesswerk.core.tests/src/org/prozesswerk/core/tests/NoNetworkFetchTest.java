package org.prozesswerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * A register whose root names an unknown namespace must not make the loader fetch that namespace: EMF would
 * demand-load it through the resource set's URI converter (found by the XMI fuzz test). A server on loopback counts
 * the connections.
 */
class NoNetworkFetchTest {

    @Test
    void unknownNamespaceIsAnErrorAndNothingIsFetched(@TempDir Path dir) throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return; // the test closed the server
                    }
                }
            }, "loopback-counter");
            acceptor.setDaemon(true);
            acceptor.start();

            String xmi = new String(RegisterStore.toBytes(TestRegisters.small("Netz"), RegisterFormat.XMI),
                    StandardCharsets.UTF_8);
            String foreign = "http://127.0.0.1:" + server.getLocalPort() + "/register/1.0";
            assertTrue(xmi.contains("http://prozesswerk.org/register/1.0"), "the namespace to replace is there");
            // As written, and as java.net.URL also reads it (EMF's fallback handler opens URIs with it): after line
            // breaks that XML turns into blanks (found by the XMI fuzz test), and after a "url:" prefix.
            for (String namespace : List.of(foreign, "&#13;&#10; " + foreign, "\r\r\r" + foreign, "url:" + foreign,
                    " URL:" + foreign + " ")) {
                Path file = dir.resolve("fremd.pwreg");
                Files.writeString(file, xmi.replace("http://prozesswerk.org/register/1.0", namespace));

                RegisterLoadException e = assertThrows(RegisterLoadException.class, () -> RegisterStore.load(file),
                        namespace);
                assertTrue(e.getMessage().contains("fremd.pwreg"), e.getMessage());
                assertEquals(0, connections.get(), "the loader connected to the namespace's host: " + namespace);
            }
        }
    }
}
