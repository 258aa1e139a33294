package fr.gouv.sante.jalons.support;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Makes a stop asked for with Ctrl-C or {@code kill} a normal end for the local launcher: the JVM runs
 * its shutdown hooks (Spring's graceful shutdown, the embedded servers' stops) and exits with status 0.
 * By default it exits with 128 + the signal's number, and {@code spring-boot:test-run}, which sends
 * SIGTERM to an application still running 5 s after a Ctrl-C, reports anything but 0 or 130 as
 * {@code BUILD FAILURE … Process terminated with exit code: 143}.
 */
public final class StopOnSignal {

    private StopOnSignal() {}

    public static void install() {
        try {
            // sun.misc.Signal (module jdk.unsupported) is the JDK's only way to handle a signal; it is
            // reached by reflection because javac warns about any direct use of a sun.* class, with a
            // warning no annotation can silence, and the build fails on warnings
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Method handle = signal.getMethod("handle", signal, handlerType);
            Object handler = Proxy.newProxyInstance(
                    StopOnSignal.class.getClassLoader(), new Class<?>[] {handlerType}, (proxy, method, args) -> {
                        if (method.getName().equals("handle")) {
                            // what the JVM's default handler does, with 0 instead of 128 + the signal: the
                            // shutdown hooks run the same way
                            System.exit(0);
                        }
                        return switch (method.getName()) {
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            default -> "StopOnSignal";
                        };
                    });
            for (String name : new String[] {"INT", "TERM"}) {
                handle.invoke(null, signal.getConstructor(String.class).newInstance(name), handler);
            }
        } catch (ReflectiveOperationException | LinkageError | IllegalArgumentException e) {
            // a JDK without it, or a JVM keeping the signals to itself (-Xrs): a stop then ends with the
            // usual 128 + signal, nothing worse
        }
    }
}
