package com.researchbridge.security.matrix;

import java.lang.reflect.Method;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.DefaultAdvisorChainFactory;
import org.springframework.aop.framework.ReflectiveMethodInvocation;
import org.springframework.aop.support.AopUtils;

/**
 * Calls a method through exactly the interceptors the bean's proxy would run (method security, transactions),
 * but stops where the proxy would enter the method body. What method security decides is all the matrix needs,
 * and stopping there keeps a call that passes the check (an administrator's index rebuild, a proposal batch, a
 * deletion) from doing anything to the shared test database. A bean without a proxy has no method security at
 * all: every call to it passes.
 */
final class SecurityCheckOnly {

    /** What the call returns when it got past every interceptor. */
    static final Object PASSED = new Object();

    private SecurityCheckOnly() {
    }

    static Object call(Object bean, Method method, Object[] arguments) throws Throwable {
        if (!(bean instanceof Advised advised) || !AopUtils.isAopProxy(bean)) {
            return PASSED;
        }
        Class<?> targetClass = AopUtils.getTargetClass(bean);
        var chain = new DefaultAdvisorChainFactory().getInterceptorsAndDynamicInterceptionAdvice(advised, method, targetClass);
        return new StopBeforeBody(bean, advised.getTargetSource().getTarget(), method, arguments, targetClass, chain).proceed();
    }

    private static final class StopBeforeBody extends ReflectiveMethodInvocation {

        StopBeforeBody(Object proxy, Object target, Method method, Object[] arguments, Class<?> targetClass,
                       java.util.List<Object> chain) {
            super(proxy, target, method, arguments, targetClass, chain);
        }

        @Override
        protected Object invokeJoinpoint() {
            return PASSED;
        }
    }
}
