/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.server;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.AbstractLoginService;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.DefaultIdentityService;
import org.eclipse.jetty.security.RolePrincipal;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.RequestLogWriter;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.security.Credential;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.resolver.FileResolver;
import org.eclipse.jgit.transport.resolver.ServiceNotAuthorizedException;
import org.eclipse.jgit.transport.resolver.ServiceNotEnabledException;
import org.prozesswerk.rules.engine.RuleSet;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code prozesswerk library serve}: Jetty 12 (ee10) with JGit's {@link GitServlet} over the bare repositories below
 * a root folder ({@code http://HOST:PORT/NAME.git} is {@code ROOT/NAME.git}). Every request needs HTTP basic
 * authentication against the {@link UsersFile}; with a keystore the connector speaks TLS only. Pushes go through
 * {@link ValidatingHook} (rights via {@link PushPolicy}, then the rule sets).
 */
public final class LibraryServer implements AutoCloseable {

    /** Settings of a server. */
    public record Settings(Path root, String host, int port, Path usersFile, Path keystore, char[] keystorePassword,
            RuleSet ruleSet, PushPolicy policy) {
    }

    /** Jetty's request log format: client address, user, time, request line, status, bytes sent, duration. */
    static final String REQUEST_LOG_FORMAT = "%{client}a %u %t \"%r\" %s %O %{ms}Tms";

    private final Server server;
    private final ServerConnector connector;
    private final boolean tls;

    private LibraryServer(Server server, ServerConnector connector, boolean tls) {
        this.server = server;
        this.connector = connector;
        this.tls = tls;
    }

    /** Starts a server; port 0 picks a free port ({@link #port()}). */
    public static LibraryServer start(Settings s) throws Exception {
        if (!Files.isDirectory(s.root())) {
            throw new IllegalArgumentException("root folder does not exist: " + s.root());
        }
        UsersFile users = UsersFile.load(s.usersFile());
        Server server = new Server();
        ServerConnector connector;
        boolean tls = s.keystore() != null;
        if (tls) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(s.keystore().toAbsolutePath().toString());
            ssl.setKeyStorePassword(new String(s.keystorePassword()));
            HttpConfiguration https = new HttpConfiguration();
            https.addCustomizer(new SecureRequestCustomizer(false));
            connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                    new HttpConnectionFactory(https));
        } else {
            connector = new ServerConnector(server);
        }
        connector.setHost(s.host());
        connector.setPort(s.port());
        server.addConnector(connector);

        GitServlet git = new GitServlet();
        git.setRepositoryResolver(new FileResolver<HttpServletRequest>(s.root().toFile(), true));
        PushPolicy policy = s.policy() == null ? new RightsPushPolicy() : s.policy();
        git.setReceivePackFactory((HttpServletRequest req, org.eclipse.jgit.lib.Repository db) -> {
            String user = req.getRemoteUser();
            if (user == null) {
                throw new ServiceNotAuthorizedException();
            }
            try {
                PushLog.enable(db); // four-eyes across pushes reads who pushed what from the reflog
            } catch (java.io.IOException e) {
                throw new ServiceNotEnabledException("cannot enable the push log of " + db.getDirectory(), e);
            }
            ReceivePack rp = new ReceivePack(db);
            rp.setRefLogIdent(new PersonIdent(user, user + "@prozesswerk-library"));
            rp.setAllowNonFastForwards(false);
            rp.setAllowDeletes(false);
            rp.setAtomic(true);
            String name = s.root().toAbsolutePath().relativize(db.getDirectory().toPath().toAbsolutePath())
                    .toString();
            rp.setPreReceiveHook(new ValidatingHook(s.ruleSet(), policy, user, name));
            return rp;
        });

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder("git", git), "/*");

        ConstraintSecurityHandler security = new ConstraintSecurityHandler();
        ConstraintMapping all = new ConstraintMapping();
        all.setPathSpec("/*");
        all.setConstraint(Constraint.ANY_USER);
        security.addConstraintMapping(all);
        security.setAuthenticator(new BasicAuthenticator());
        // one identity service for handler and login service, set before start: with none set, concurrent first
        // requests could meet the handler without one (NullPointerException in SecurityHandler, seen under load)
        DefaultIdentityService identities = new DefaultIdentityService();
        UsersLoginService login = new UsersLoginService(users);
        login.setIdentityService(identities);
        security.setIdentityService(identities);
        security.setLoginService(login);
        security.setRealmName("Prozesswerk-Bibliothek");
        context.setSecurityHandler(security);

        server.setHandler(context);
        // every request on stderr (the serve command's log): client, user, time, request line, status, bytes, ms
        server.setRequestLog(new CustomRequestLog(new RequestLogWriter(), REQUEST_LOG_FORMAT));
        server.start();
        return new LibraryServer(server, connector, tls);
    }

    /** The port the server listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Base URL, e.g. {@code http://127.0.0.1:8080/}. */
    public URI baseUri() {
        String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
        return URI.create((tls ? "https" : "http") + "://" + host + ':' + port() + '/');
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Checks user names and passwords against the users file. */
    private static final class UsersLoginService extends AbstractLoginService {
        private final UsersFile users;

        UsersLoginService(UsersFile users) {
            this.users = users;
            setName("Prozesswerk-Bibliothek");
        }

        @Override
        protected List<RolePrincipal> loadRoleInfo(UserPrincipal user) {
            return List.of(new RolePrincipal("user"));
        }

        @Override
        protected UserPrincipal loadUserInfo(String username) {
            if (!users.names().contains(username)) {
                return null;
            }
            return new UserPrincipal(username, new HashedCredential(users, username));
        }
    }

    /** A credential that checks a typed password against the PBKDF2 hash. */
    private static final class HashedCredential extends Credential {
        private static final long serialVersionUID = 1L;
        private final transient UsersFile users;
        private final String name;

        HashedCredential(UsersFile users, String name) {
            this.users = users;
            this.name = name;
        }

        @Override
        public boolean check(Object credentials) {
            String password = credentials instanceof char[] c ? new String(c) : String.valueOf(credentials);
            return users.verify(name, password.toCharArray());
        }
    }
}
