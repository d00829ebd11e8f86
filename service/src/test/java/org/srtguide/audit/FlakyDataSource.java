package org.srtguide.audit;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A DataSource whose commits can be made to fail (after the inserts ran), to test failure paths,
 * whose connections can be held back, to keep the writer busy while records queue behind it, and
 * whose open connections can be broken, as a database restart would; it counts what was borrowed.
 */
final class FlakyDataSource implements DataSource {
    private final DataSource delegate;
    volatile boolean failCommits;
    /** While set and not counted down, getConnection waits for it (after counting down {@link #held}). */
    volatile CountDownLatch holdConnections;
    final CountDownLatch held = new CountDownLatch(1);
    final AtomicInteger borrowed = new AtomicInteger();
    final AtomicInteger prepared = new AtomicInteger();
    final AtomicInteger commits = new AtomicInteger();
    /** Every statement prepared on a connection handed out, to check that each was closed. */
    final List<Statement> statements = new CopyOnWriteArrayList<>();
    private final List<AtomicBoolean> broken = new CopyOnWriteArrayList<>();

    FlakyDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    @Override
    public Connection getConnection() throws SQLException {
        CountDownLatch hold = holdConnections;
        if (hold != null) {
            held.countDown();
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while held", e);
            }
        }
        Connection real = delegate.getConnection();
        borrowed.incrementAndGet();
        AtomicBoolean isBroken = new AtomicBoolean();
        broken.add(isBroken);
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
                (proxy, method, args) -> {
                    if (isBroken.get() && !method.getName().equals("close")) {
                        throw new SQLException("simulated broken connection");
                    }
                    if (method.getName().equals("prepareStatement")) {
                        prepared.incrementAndGet();
                    }
                    if (method.getName().equals("commit")) {
                        commits.incrementAndGet();
                    }
                    if (failCommits && method.getName().equals("commit")) {
                        real.rollback();
                        throw new SQLException("simulated commit failure");
                    }
                    try {
                        Object result = method.invoke(real, args);
                        if (result instanceof Statement statement) {
                            statements.add(statement);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Every connection handed out so far fails from now on (closing it still works). */
    void breakOpenConnections() {
        broken.forEach(b -> b.set(true));
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
