package com.researchbridge.security.matrix;

import com.researchbridge.base.AccessExpectation;
import com.vaadin.flow.router.Route;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.ClassUtils;

/** What the matrix covers, found in the code rather than listed by hand. */
final class Declarations {

    static final String BASE_PACKAGE = "com.researchbridge";

    private Declarations() {
    }

    /** Every class of the application carrying {@code @Route}, by classpath scanning. */
    static List<Class<?>> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents(BASE_PACKAGE).stream()
                .map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), Declarations.class.getClassLoader()))
                .sorted(Comparator.comparing(Declarations::path))
                .<Class<?>>map(c -> c)
                .toList();
    }

    static String path(Class<?> view) {
        return view.getAnnotation(Route.class).value();
    }

    /** A bean of the application with {@code @PreAuthorize} on the class or on any of its methods. */
    record SecuredService(String beanName, Object bean, Class<?> type) {

        /** Every public instance method the class itself declares: what callers of the service can reach. */
        List<Method> publicMethods() {
            return Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                    .filter(m -> !m.isSynthetic() && !m.isBridge())
                    .sorted(Comparator.comparing(Method::getName).thenComparing(m -> Arrays.toString(m.getParameterTypes())))
                    .toList();
        }
    }

    static List<SecuredService> securedServices(ApplicationContext context) {
        // Singletons only: UI-scoped beans (views' helpers) cannot be created outside a UI, and are not services.
        return Stream.of(context.getBeanNamesForType(Object.class, false, false))
                .filter(name -> context.getType(name) != null && context.getType(name).getName().startsWith(BASE_PACKAGE + "."))
                .map(name -> new SecuredService(name, context.getBean(name), AopUtils.getTargetClass(context.getBean(name))))
                .filter(s -> AnnotatedElementUtils.hasAnnotation(s.type(), PreAuthorize.class)
                        || Arrays.stream(s.type().getDeclaredMethods())
                        .anyMatch(m -> AnnotatedElementUtils.hasAnnotation(m, PreAuthorize.class)))
                .sorted(Comparator.comparing(s -> s.type().getName()))
                .toList();
    }

    static AccessExpectation of(Class<?> view) {
        return view.getAnnotation(AccessExpectation.class);
    }

    static AccessExpectation of(Method method) {
        return method.getAnnotation(AccessExpectation.class);
    }

    static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).toList().toString()
                .replace('[', '(').replace(']', ')');
    }
}
