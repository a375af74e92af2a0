package org.drillgrid.ui.api;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * A data source that prints {@link ApiHost#CHECKPOINT_MARK} on stdout when a statement writing a depth
 * checkpoint is prepared, then goes on as the real one: the kill test reads the mark to kill the host in
 * the middle of a checkpoint's transaction.
 */
final class CheckpointMarks {

    private CheckpointMarks() {
    }

    static DataSource wrap(DataSource real) {
        return proxy(DataSource.class, real, (method, args) -> {
            Object out = method.invoke(real, args);
            return out instanceof Connection c ? connection(c) : out;
        });
    }

    private static Connection connection(Connection real) {
        return proxy(Connection.class, real, (method, args) -> {
            if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql
                    && sql.startsWith("INSERT INTO session_checkpoint")) {
                System.out.println(ApiHost.CHECKPOINT_MARK);
                System.out.flush();
            }
            return method.invoke(real, args);
        });
    }

    private interface Call {
        Object call(java.lang.reflect.Method method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T real, Call call) {
        InvocationHandler h = (self, method, args) -> {
            try {
                return call.call(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(CheckpointMarks.class.getClassLoader(), new Class<?>[] {type}, h));
    }
}
