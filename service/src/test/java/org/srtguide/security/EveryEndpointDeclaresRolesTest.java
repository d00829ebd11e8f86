package org.srtguide.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;

import org.junit.jupiter.api.Test;

/**
 * Every JAX-RS resource method of the service names the roles it admits (or is explicitly public),
 * so access is decided in review, not by a default. deny-unannotated-endpoints is the safety net.
 */
class EveryEndpointDeclaresRolesTest {
    private static final Path CLASSES = Path.of("target", "classes");
    /**
     * Resource methods that may be public: CDS Hooks discovery, which the spec requires to be readable by
     * any CDS client (health, OpenAPI and static pages are not JAX-RS).
     */
    private static final Set<String> PUBLIC_ALLOWED = Set.of("org.srtguide.cds.CdsDiscoveryResource#discovery");

    @Test
    void shouldDeclareTheAdmittedRolesOnEveryResourceMethod() throws IOException {
        List<Method> resourceMethods = resourceMethods();
        assertThat(resourceMethods).as("resource methods found").isNotEmpty();
        List<String> undeclared = new ArrayList<>();
        List<String> publicMethods = new ArrayList<>();
        for (Method method : resourceMethods) {
            String name = method.getDeclaringClass().getName() + "#" + method.getName();
            AnnotatedElement decided = declares(method) ? method : declares(method.getDeclaringClass()) ? method.getDeclaringClass() : null;
            if (decided == null) {
                undeclared.add(name);
            } else if (decided.isAnnotationPresent(PermitAll.class) && !PUBLIC_ALLOWED.contains(name)) {
                publicMethods.add(name);
            }
        }
        assertThat(undeclared).as("resource methods without @RolesAllowed").isEmpty();
        assertThat(publicMethods).as("resource methods open to anyone").isEmpty();
    }

    @Test
    void shouldNeverAdmitAnUnknownRole() throws IOException {
        Set<String> roles = Set.of("clinician", "committee", "publisher", "auditor", "admin");
        for (Method method : resourceMethods()) {
            for (AnnotatedElement element : List.of(method, method.getDeclaringClass())) {
                RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
                if (allowed != null) {
                    assertThat(roles).as("roles of %s", method).contains(allowed.value());
                }
            }
        }
    }

    private static boolean declares(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    private static List<Method> resourceMethods() throws IOException {
        List<Method> methods = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("org/srtguide"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, EveryEndpointDeclaresRolesTest.class.getClassLoader());
                } catch (Throwable unloadable) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    if (isHttpMethod(method)) {
                        methods.add(method);
                    }
                }
            }
        }
        return methods;
    }

    private static boolean isHttpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }
}
